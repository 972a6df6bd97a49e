namespace Anshun.Core.Files;

/// <summary>The file types the platform recognises, accepted ones and refused ones.</summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("pdf", "PDF 文档", "application/pdf", [".pdf"]);

    /// <summary>OLE2 compound file: Office 97–2003 and WPS documents, spreadsheets and presentations.</summary>
    public static readonly FileType Ole2 = new("ole2", "Office 97-2003 或 WPS 文档", "application/x-ole-storage",
        [".doc", ".xls", ".ppt", ".wps", ".et", ".dps", ".dot", ".xlt", ".pot", ".wpt", ".ett", ".dpt"]);

    public static readonly FileType Docx = new("docx", "Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx", ".wps"]);

    public static readonly FileType Xlsx = new("xlsx", "Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx", ".et"]);

    public static readonly FileType Pptx = new("pptx", "PowerPoint 演示文稿", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx", ".dps"]);

    public static readonly FileType Ofd = new("ofd", "OFD 版式文档", "application/ofd", [".ofd"]);

    public static readonly FileType Zip = new("zip", "ZIP 压缩包", "application/zip", [".zip"]);

    public static readonly FileType Rar = new("rar", "RAR 压缩包", "application/vnd.rar", [".rar"]);

    public static readonly FileType SevenZip = new("7z", "7z 压缩包", "application/x-7z-compressed", [".7z"]);

    public static readonly FileType Png = new("png", "PNG 图片", "image/png", [".png"]);

    public static readonly FileType Jpeg = new("jpeg", "JPEG 图片", "image/jpeg", [".jpg", ".jpeg", ".jpe"]);

    public static readonly FileType Gif = new("gif", "GIF 图片", "image/gif", [".gif"]);

    public static readonly FileType Bmp = new("bmp", "BMP 图片", "image/bmp", [".bmp"]);

    public static readonly FileType Webp = new("webp", "WebP 图片", "image/webp", [".webp"]);

    public static readonly FileType Text = new("text", "文本文件", "text/plain; charset=utf-8", [".txt", ".csv", ".log", ".md"]);

    public static readonly FileType WindowsExecutable = new("exe", "Windows 可执行程序", "application/vnd.microsoft.portable-executable", [], IsDangerous: true);

    public static readonly FileType LinuxExecutable = new("elf", "Linux 可执行程序", "application/x-executable", [], IsDangerous: true);

    public static readonly FileType MacExecutable = new("macho", "macOS 可执行程序", "application/x-mach-binary", [], IsDangerous: true);

    public static readonly FileType JavaArchive = new("jar", "Java 程序包", "application/java-archive", [], IsDangerous: true);

    public static readonly FileType ShellScript = new("script", "脚本程序", "text/x-shellscript", [], IsDangerous: true);

    public static readonly FileType Html = new("html", "网页文件（可含脚本）", "text/html", [], IsDangerous: true);

    public static readonly FileType Svg = new("svg", "SVG 图形（可含脚本）", "image/svg+xml", [], IsDangerous: true);

    public static readonly FileType MacroDocument = new("macro", "含宏的 Office 文档", "application/vnd.ms-office.macroEnabled", [], IsDangerous: true);

    /// <summary>Extensions refused before the content is even looked at: they run when opened.</summary>
    public static readonly IReadOnlyDictionary<string, string> DangerousExtensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".exe"] = "Windows 可执行程序",
        [".dll"] = "Windows 程序库",
        [".com"] = "Windows 可执行程序",
        [".scr"] = "Windows 屏幕保护程序",
        [".msi"] = "Windows 安装程序",
        [".bat"] = "批处理脚本",
        [".cmd"] = "批处理脚本",
        [".js"] = "JavaScript 脚本",
        [".jse"] = "JavaScript 脚本",
        [".mjs"] = "JavaScript 脚本",
        [".vbs"] = "VBScript 脚本",
        [".vbe"] = "VBScript 脚本",
        [".wsf"] = "Windows 脚本",
        [".hta"] = "HTML 应用程序",
        [".ps1"] = "PowerShell 脚本",
        [".psm1"] = "PowerShell 脚本",
        [".sh"] = "Shell 脚本",
        [".reg"] = "注册表文件",
        [".lnk"] = "快捷方式",
        [".jar"] = "Java 程序包",
        [".html"] = "网页文件",
        [".htm"] = "网页文件",
        [".xhtml"] = "网页文件",
        [".svg"] = "SVG 图形",
        [".docm"] = "含宏的 Word 文档",
        [".xlsm"] = "含宏的 Excel 表格",
        [".pptm"] = "含宏的 PowerPoint 演示文稿",
    };

    internal static readonly IReadOnlyDictionary<string, string> Ole2MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "application/msword",
        [".dot"] = "application/msword",
        [".wps"] = "application/vnd.ms-works",
        [".wpt"] = "application/vnd.ms-works",
        [".xls"] = "application/vnd.ms-excel",
        [".xlt"] = "application/vnd.ms-excel",
        [".et"] = "application/vnd.ms-excel",
        [".ett"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pot"] = "application/vnd.ms-powerpoint",
        [".dps"] = "application/vnd.ms-powerpoint",
        [".dpt"] = "application/vnd.ms-powerpoint",
    };
}
