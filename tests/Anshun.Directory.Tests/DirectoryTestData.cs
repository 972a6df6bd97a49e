using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests;

/// <summary>
/// People added to the demo site through the users API, beside the demo users
/// (杨帆 staff and 李明 in JYJ, 张丽 in CZJ, 王晓燕 in SZFB, 陈志远 in SZF).
/// </summary>
public static class DirectoryTestData
{
    public const string ZhangSanMobile = "13800000001";
    public const string StaffMobile = "13908530135";

    public static async Task SeedAsync(AnshunSiteFactory site)
    {
        var admin = await site.LoginAsync("admin");
        await CreateAsync(admin, "zhangsan", "张三", "JYJ", "科员", "0851-33226188", ZhangSanMobile);
        await CreateAsync(admin, "zhangwei", "张伟", "CZJ", "预算科科长", "0851-33224088", null);
        await CreateAsync(admin, "shanxx", "单雄信", "SZFB-MSK", "秘书科科长", "0851-33222099", "13800000003");
        await CreateAsync(admin, "xiexd", "解晓东", "SZFB", "副主任", "0851-33222003", null);
        await CreateAsync(admin, "zengsl", "曾少林", "JYJ", "办公室主任", "0851-33226101", null);
        var disabled = await CreateAsync(admin, "zhaoty", "赵停用", "JYJ", "科员", "0851-33226199", null);
        var response = await admin.PostAsync($"/api/users/{disabled}/disable", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> CreateAsync(HttpClient admin, string userName, string displayName, string unit, string position,
        string officePhone, string? mobile)
    {
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName,
            displayName,
            email = $"{userName}@anshun.gov.cn",
            officePhone,
            mobile,
            password = "Tongxun#2026a",
            roles = new[] { "Staff" },
            units = new[] { new { unit, position, primary = true } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
