using Anshun.StaffDirectory.Models;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Anshun.StaffDirectory.Services;

/// <summary>Writes the directory as an Excel workbook: one sheet 通讯录, a header row, every value as text.</summary>
public static class XlsxDirectoryWriter
{
    public const string SheetName = "通讯录";
    private static readonly double[] _widths = [32, 12, 20, 16, 16, 28];

    public static byte[] Write(IReadOnlyList<DirectoryListing> listings)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles();

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, DirectoryColumns.Headers, styleIndex: 1));
            var rowIndex = 2u;
            foreach (var listing in listings)
            {
                data.Append(Row(rowIndex++, DirectoryColumns.Values(listing), styleIndex: 0));
            }

            var columns = new Columns(_widths.Select((width, i) =>
                new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(columns, data);

            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint styleIndex)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + i)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = styleIndex,
                InlineString = new InlineString(new Text(values[i])),
            });
        }

        return row;
    }

    /// <summary>Style 0 plain, style 1 bold (the header row).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
