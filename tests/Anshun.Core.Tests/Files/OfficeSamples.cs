using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Anshun.Core.Tests.Files;

/// <summary>Real Office and OFD files built in memory for the detection tests.</summary>
internal static class OfficeSamples
{
    public static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("关于印发安顺市会议制度的通知")))));
        }

        return memory.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "表一" }));
        }

        return memory.ToArray();
    }

    public static byte[] MacroDocx()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.MacroEnabledDocument))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph()));
        }

        return memory.ToArray();
    }

    /// <summary>A zip that claims to be a Word package but lacks the main part it names.</summary>
    public static byte[] PackageWithoutMainPart() => ZipOf(
        ("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"R1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/word/document.xml\"/></Relationships>"));

    public static byte[] Ofd() => ZipOf(
        ("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"/>"),
        ("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"));

    public static byte[] Jar() => ZipOf(("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n"), ("Evil.class", "x"));

    /// <summary>The OLE2 compound-file header followed by an empty sector.</summary>
    public static byte[] Ole2()
    {
        var bytes = new byte[1536];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        bytes[0x1A] = 0x3E;
        bytes[0x1C] = 0xFE;
        bytes[0x1D] = 0xFF;
        bytes[0x1E] = 0x09;
        return bytes;
    }

    private static byte[] ZipOf(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }
}
