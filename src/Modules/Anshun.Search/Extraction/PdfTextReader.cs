using System.Text;
using UglyToad.PdfPig;

namespace Anshun.Search.Extraction;

/// <summary>The text of a PDF's pages in content order, one page per paragraph.</summary>
internal static class PdfTextReader
{
    public static string Read(Stream stream, int maxCharacters)
    {
        using var document = PdfDocument.Open(stream);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(page.Text).Append('\n');
            if (text.Length >= maxCharacters)
            {
                break;
            }
        }

        return text.ToString();
    }
}
