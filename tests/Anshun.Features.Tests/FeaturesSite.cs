using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.Features.Tests;

/// <summary>Small helpers the module and settings tests share.</summary>
internal static class FeaturesSite
{
    public const string SampleModuleId = "Anshun.SampleModule";

    /// <summary>Users who hold neither Features.Manage nor Settings.Manage.</summary>
    public static readonly string[] RefusedUsers = ["staff", "editor", "auditor", "secadmin"];

    public static async Task<JsonElement> ModuleAsync(HttpClient admin, string moduleId)
    {
        var modules = await admin.GetFromJsonAsync<JsonElement>("/api/modules");
        return modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == moduleId);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Audit records of one event type, read as the auditor reads them.</summary>
    public static async Task<List<JsonElement>> AuditAsync(AnshunSiteFactory site, string eventType)
    {
        var auditor = await site.LoginAsync("auditor");
        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?type={eventType}&take=1000");
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
