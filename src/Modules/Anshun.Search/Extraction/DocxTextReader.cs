using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Anshun.Search.Extraction;

/// <summary>The paragraphs (tables included) of a Word .docx file, one per line.</summary>
internal static class DocxTextReader
{
    public static string Read(Stream stream, int maxCharacters)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var line = paragraph.InnerText;
            if (line.Length == 0)
            {
                continue;
            }

            text.Append(line).Append('\n');
            if (text.Length >= maxCharacters)
            {
                break;
            }
        }

        return text.ToString();
    }
}
