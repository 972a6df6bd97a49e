using System.Text;
using Anshun.Core.Search;
using Anshun.Search.Extraction;
using Anshun.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anshun.Search.Tests.Indexing;

public sealed class SearchTextExtractorTests
{
    private readonly SearchTextExtractor _extractor = new(NullLogger<SearchTextExtractor>.Instance);

    [Fact]
    public async Task WordDocumentParagraphsAndTablesAreRead()
    {
        var text = await ExtractAsync("通知.docx", Docx("关于做好黄果树景区冬季安全工作的通知", "安府办发〔2026〕12号"));

        Assert.Contains("关于做好黄果树景区冬季安全工作的通知", text);
        Assert.Contains("安府办发〔2026〕12号", text);
    }

    [Fact]
    public async Task PdfPageTextIsRead()
    {
        var text = await ExtractAsync("report.pdf", SampleFiles.Pdf("Anshun annual report"));

        Assert.Contains("Anshun", text);
        Assert.Contains("report", text);
    }

    [Fact]
    public async Task PlainTextIsReadAsUtf8WithOrWithoutBomOrElseAsGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Text = "屯堡文化旅游节，2026年11月20日开幕。";

        Assert.Equal(Text, await ExtractAsync("a.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]));
        Assert.Equal(Text, await ExtractAsync("b.txt", Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(Text, await ExtractAsync("c.csv", Encoding.GetEncoding("GB18030").GetBytes(Text)));
    }

    [Fact]
    public async Task TextIsCutAtOneMillionCharacters()
    {
        var text = await ExtractAsync("long.txt", Encoding.UTF8.GetBytes(new string('安', 1_200_000)));

        Assert.Equal(SearchTextExtractor.MaxCharacters, text!.Length);
    }

    [Fact]
    public async Task UnreadableAndUnknownFilesGiveNoTextAndNoError()
    {
        Assert.Null(await ExtractAsync("损坏.docx", Encoding.UTF8.GetBytes("这不是压缩包")));
        Assert.Null(await ExtractAsync("损坏.pdf", Encoding.UTF8.GetBytes("%PDF-1.4 残缺")));
        Assert.Null(await ExtractAsync("公文.wps", [0xD0, 0xCF, 0x11, 0xE0]));
        var failing = new SearchAttachment("打不开.txt", "text/plain", _ => throw new IOException("磁盘错误"));
        Assert.Null(await _extractor.ExtractAsync([failing], CancellationToken.None));
    }

    [Fact]
    public async Task SeveralAttachmentsAreJoined()
    {
        var text = await _extractor.ExtractAsync(
            [Attachment("一.txt", Encoding.UTF8.GetBytes("第一份")), Attachment("二.txt", Encoding.UTF8.GetBytes("第二份"))],
            CancellationToken.None);

        Assert.Equal("第一份\n\n第二份", text);
    }

    private Task<string?> ExtractAsync(string fileName, byte[] bytes) => _extractor.ExtractAsync(Attachment(fileName, bytes), CancellationToken.None);

    private static SearchAttachment Attachment(string fileName, byte[] bytes) =>
        new(fileName, "application/octet-stream", _ => Task.FromResult<Stream>(new MemoryStream(bytes)));

    private static byte[] Docx(string paragraph, string cell)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(paragraph))),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text(cell))))))));
        }

        return stream.ToArray();
    }
}
