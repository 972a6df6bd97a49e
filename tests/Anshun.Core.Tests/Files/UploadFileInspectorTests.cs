using Anshun.Core.Files;
using Anshun.Testing;

namespace Anshun.Core.Tests.Files;

public sealed class UploadFileInspectorTests
{
    [Fact]
    public async Task AnExecutableRenamedPdfIsRefusedNamingTheFileAndWhatItIs()
    {
        var result = await UploadFileInspector.InspectAsync(new MemoryStream(SampleFiles.WindowsExecutable()), "年度工作总结.pdf");

        Assert.False(result.IsAccepted);
        Assert.True(result.IsSecurityRelevant);
        Assert.Equal("文件“年度工作总结.pdf”实际是Windows 可执行程序，不允许上传。", result.Refusal);
    }

    [Fact]
    public async Task AnImageNamedPdfIsRefusedAsAMismatch()
    {
        var result = await UploadFileInspector.InspectAsync(new MemoryStream(SampleFiles.Png()), "通知.pdf");

        Assert.False(result.IsAccepted);
        Assert.Contains("扩展名与内容不符", result.Refusal);
        Assert.Contains("PNG 图片", result.Refusal);
    }

    [Theory]
    [InlineData("启动.bat", "批处理脚本")]
    [InlineData("run.CMD", "批处理脚本")]
    [InlineData("tool.js", "JavaScript 脚本")]
    [InlineData("a.vbs", "VBScript 脚本")]
    [InlineData("setup.ps1", "PowerShell 脚本")]
    [InlineData("page.html", "网页文件")]
    public async Task ScriptsAreRefusedByTheirExtensionEvenWhenTheyLookLikeText(string fileName, string kind)
    {
        var result = await UploadFileInspector.InspectAsync(new MemoryStream(SampleFiles.Utf8Text("echo 1")), fileName);

        Assert.False(result.IsAccepted);
        Assert.Equal($"文件“{fileName}”是{kind}，可能危害计算机安全，不允许上传。", result.Refusal);
    }

    [Theory]
    [InlineData("通知.pdf", "application/pdf")]
    [InlineData("照片.PNG", "image/png")]
    [InlineData("名单.csv", "text/plain; charset=utf-8")]
    public async Task AcceptedFilesKeepTheirDetectedMediaType(string fileName, string mediaType)
    {
        var bytes = fileName.EndsWith(".pdf", StringComparison.Ordinal) ? SampleFiles.Pdf()
            : fileName.EndsWith(".PNG", StringComparison.Ordinal) ? SampleFiles.Png()
            : SampleFiles.Utf8Text("姓名,电话\n");

        var result = await UploadFileInspector.InspectAsync(new MemoryStream(bytes), fileName);

        Assert.True(result.IsAccepted, result.Refusal);
        Assert.Equal(mediaType, result.MediaType);
    }

    [Fact]
    public async Task AnOldWordDocumentAndAWpsDocumentShareTheOle2Signature()
    {
        var doc = await UploadFileInspector.InspectAsync(new MemoryStream(OfficeSamples.Ole2()), "旧公文.doc");
        var wps = await UploadFileInspector.InspectAsync(new MemoryStream(OfficeSamples.Ole2()), "旧公文.wps");
        var xls = await UploadFileInspector.InspectAsync(new MemoryStream(OfficeSamples.Ole2()), "统计.xls");

        Assert.True(doc.IsAccepted && wps.IsAccepted && xls.IsAccepted);
        Assert.Equal("application/msword", doc.MediaType);
        Assert.Equal("application/vnd.ms-excel", xls.MediaType);
    }

    [Fact]
    public async Task AWordDocumentNamedXlsxIsRefused()
    {
        var result = await UploadFileInspector.InspectAsync(new MemoryStream(OfficeSamples.Docx()), "报表.xlsx");

        Assert.False(result.IsAccepted);
        Assert.Contains("Word 文档", result.Refusal);
    }

    [Fact]
    public async Task EmptyAndUnknownFilesAreRefused()
    {
        var empty = await UploadFileInspector.InspectAsync(new MemoryStream(), "空.txt");
        var unknown = await UploadFileInspector.InspectAsync(new MemoryStream([0x00, 0x01, 0x02, 0x03]), "data.bin");

        Assert.Equal("文件“空.txt”是空文件，请选择有内容的文件。", empty.Refusal);
        Assert.StartsWith("无法识别文件“data.bin”的类型。", unknown.Refusal);
        Assert.False(unknown.IsSecurityRelevant);
    }
}
