namespace Anshun.Core.Files;

/// <summary>
/// Checks an upload: refused when its name is of a kind that runs when opened, when its content is a
/// program, script or web page, when the content is not a type we accept, or when the extension does not
/// agree with the content (an .exe renamed .pdf).
/// </summary>
public static class UploadFileInspector
{
    public static async Task<FileInspection> InspectAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.Length == 0)
        {
            return new FileInspection(fileName, null, $"文件“{fileName}”是空文件，请选择有内容的文件。", false);
        }

        if (FileTypes.DangerousExtensions.TryGetValue(extension, out var kind))
        {
            return new FileInspection(fileName, null, $"文件“{fileName}”是{kind}，可能危害计算机安全，不允许上传。", true);
        }

        var type = await FileTypeDetector.DetectAsync(content, cancellationToken);
        if (type is null)
        {
            return new FileInspection(fileName, null,
                $"无法识别文件“{fileName}”的类型。只允许上传 PDF、OFD、Office 与 WPS 文档、图片、压缩包和文本文件。", false);
        }

        if (type.IsDangerous)
        {
            return new FileInspection(fileName, type, $"文件“{fileName}”实际是{type.DisplayName}，不允许上传。", true);
        }

        if (!type.Extensions.Contains(extension))
        {
            var expected = string.Join("、", type.Extensions);
            return new FileInspection(fileName, type,
                $"文件“{fileName}”的扩展名与内容不符：内容实际是{type.DisplayName}（应为 {expected}），请核对后重新上传。", true);
        }

        return new FileInspection(fileName, type, null, false);
    }
}
