using System.Net.Http.Json;
using System.Text.Json;

namespace Anshun.Users.Tests;

/// <summary>Small helpers for reading and sending JSON in the HTTP tests.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { });

    public static Task<HttpResponseMessage> LoginRequestAsync(this HttpClient client, string userName, string password, string? code = null) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password, code });

    /// <summary>Sends <paramref name="csrfToken"/> in the <c>X-CSRF-TOKEN</c> header from now on.</summary>
    public static HttpClient UseCsrf(this HttpClient client, string? csrfToken)
    {
        client.DefaultRequestHeaders.Remove(Anshun.Testing.SiteClientExtensions.CsrfHeader);
        client.DefaultRequestHeaders.Add(Anshun.Testing.SiteClientExtensions.CsrfHeader, csrfToken);
        return client;
    }

    /// <summary>The Chinese messages of a problem-details body (detail and every field error).</summary>
    public static string Messages(this JsonElement problem)
    {
        var parts = new List<string>();
        if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
        {
            parts.Add(detail.GetString()!);
        }

        if (problem.TryGetProperty("errors", out var errors))
        {
            parts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()!));
        }

        return string.Join(" ", parts);
    }

    public static bool HasFieldError(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);

    /// <summary>Audit records of one type about <paramref name="target"/> (read through the audit API by the 安全审计员).</summary>
    public static async Task<List<JsonElement>> AuditAsync(this HttpClient auditor, string type, string? target = null)
    {
        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?type={Uri.EscapeDataString(type)}&take=500");
        return page.GetProperty("items").EnumerateArray()
            .Where(r => target is null || r.GetProperty("target").GetString() == target)
            .ToList();
    }
}
