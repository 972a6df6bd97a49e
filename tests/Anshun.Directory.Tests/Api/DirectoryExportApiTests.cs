using System.Net;
using System.Text;
using System.Text.Json;
using Anshun.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Anshun.StaffDirectory.Tests.Api;

public sealed class DirectoryExportApiTests(DirectorySiteFactory site) : IClassFixture<DirectorySiteFactory>
{
    [Fact]
    public async Task ExportsAUnitAsAnExcelWorkbook()
    {
        var colleague = await site.LoginAsync("jyj_editor");

        var response = await colleague.GetAsync("/api/directory/export?unit=JYJ&format=xlsx");
        var rows = ReadRows(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["单位", "姓名", "职务", "办公电话", "手机", "电子邮箱"], rows[0]);
        var staff = rows.Single(r => r[1] == "杨帆");
        Assert.Equal(["安顺市教育局", "杨帆", "基础教育科科员", "0851-33226135", DirectoryTestData.StaffMobile, "yangfan@asjyj.gov.cn"], staff);
        Assert.DoesNotContain(rows, r => r[1] == "张丽");
    }

    [Fact]
    public async Task ExportHidesMobilesTheViewerMayNotSee()
    {
        var other = await site.LoginAsync("czj_editor");

        var response = await other.GetAsync("/api/directory/export?unit=JYJ");
        var rows = ReadRows(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("不公开", rows.Single(r => r[1] == "杨帆")[4]);
        Assert.DoesNotContain(rows, r => r.Contains(DirectoryTestData.StaffMobile));
    }

    [Fact]
    public async Task ExportsCsvInUtf8WithByteOrderMark()
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/directory/export?unit=SZFB&format=csv&includeSubUnits=true");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("单位,姓名,职务,办公电话,手机,电子邮箱", lines[0]);
        Assert.Contains("安顺市人民政府办公室秘书科,单雄信,秘书科科长,0851-33222099,不公开,shanxx@anshun.gov.cn", lines);
        Assert.Contains(lines, l => l.StartsWith("安顺市人民政府办公室,王晓燕,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportIsAudited()
    {
        var staff = await site.LoginAsync("staff");
        await staff.GetAsync("/api/directory/export?unit=CZJ&format=csv");
        var auditor = await site.LoginAsync("auditor");

        var response = await auditor.GetAsync("/api/audit?type=directory.exported&take=100");
        var records = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(records, r => r.GetProperty("userName").GetString() == "staff" && r.GetProperty("target").GetString() == "CZJ"
            && r.GetProperty("detail").GetString()!.Contains("安顺市财政局", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("unit=JYJ&format=pdf", "format")]
    [InlineData("unit=NOSUCHUNIT&format=csv", "unit")]
    public async Task BadInputIsRefusedNamingTheField(string query, string field)
    {
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync("/api/directory/export?" + query);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty(field).ValueKind);
    }

    private static List<string[]> ReadRows(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }
}
