using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anshun.Testing;

/// <summary>
/// Signing in from tests through the real login API. <see cref="LoginAsync"/> returns a client that
/// keeps the auth cookie, does not follow redirects and sends the <c>X-CSRF-TOKEN</c> header (which
/// also satisfies the antiforgery check of browser form posts). Administrators (三员) must use TOTP:
/// the first login enrols an authenticator key, remembered per site (data folder) and user, and later logins send
/// a code computed from the site's clock (<see cref="AnshunSiteFactory.Time"/>).
/// </summary>
public static class SiteClientExtensions
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    /// <summary>Enrolled keys per site data folder (so they survive <see cref="AnshunSiteFactory.RestartAsync"/>) and user.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Authenticator>> Authenticators = new();

    /// <summary>A client with no one signed in: cookies kept, redirects not followed.</summary>
    public static HttpClient CreateAnonymousClient(this AnshunSiteFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Signs <paramref name="userName"/> in (password defaults to <see cref="AnshunSiteFactory.DemoPassword"/>,
    /// <see cref="AnshunSiteFactory.AdminPassword"/> for <c>admin</c>), completing TOTP enrolment when asked.
    /// A pending password change is left to the caller (the response's <c>pendingAction</c>).
    /// </summary>
    public static async Task<HttpClient> LoginAsync(this AnshunSiteFactory factory, string userName, string? password = null)
    {
        password ??= userName == "admin" ? AnshunSiteFactory.AdminPassword : AnshunSiteFactory.DemoPassword;
        var client = factory.CreateAnonymousClient();
        var authenticators = Authenticators.GetOrAdd(factory.AppData, _ => new());
        authenticators.TryGetValue(userName, out var authenticator);

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password, code = authenticator?.NextCode(factory) });
        var body = await ReadAsync(response, $"登录 {userName}");
        var csrfToken = body.GetProperty("csrfToken").GetString()!;
        if (body.TryGetProperty("pendingAction", out var pending) && pending.GetString() == "enrollTotp")
        {
            authenticator = new Authenticator(body.GetProperty("totp").GetProperty("sharedKey").GetString()!);
            authenticators[userName] = authenticator;
            using var enroll = new HttpRequestMessage(HttpMethod.Post, "/api/auth/totp/enroll")
            {
                Content = JsonContent.Create(new { code = authenticator.NextCode(factory) }),
            };
            enroll.Headers.Add(CsrfHeader, csrfToken);
            var enrolled = await ReadAsync(await client.SendAsync(enroll), $"为 {userName} 绑定动态口令");
            csrfToken = enrolled.GetProperty("csrfToken").GetString()!;
        }

        client.DefaultRequestHeaders.Remove(CsrfHeader);
        client.DefaultRequestHeaders.Add(CsrfHeader, csrfToken);
        return client;
    }

    /// <summary>The next TOTP code for a user the helper has enrolled (for tests that call the login API themselves).</summary>
    public static string? NextTotpCode(this AnshunSiteFactory factory, string userName) =>
        Authenticators.TryGetValue(factory.AppData, out var all) && all.TryGetValue(userName, out var authenticator)
            ? authenticator.NextCode(factory)
            : null;

    /// <summary>Forgets a user's enrolled key (after a test has the security administrator reset it).</summary>
    public static void ForgetTotp(this AnshunSiteFactory factory, string userName)
    {
        if (Authenticators.TryGetValue(factory.AppData, out var all))
        {
            all.TryRemove(userName, out _);
        }
    }

    /// <summary>The antiforgery token of the first form on a page (for form posts by a client without the header).</summary>
    public static async Task<string> GetFormTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, "value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"");
        }

        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{url} 中没有表单防伪令牌。");
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}失败：HTTP {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// One enrolled authenticator. The site refuses a code whose time step was already used, so when a test
    /// signs the same user in twice within one step (the fake clock stands still) the next step's code is
    /// used, and if that is used too the site's clock is moved on by one step (30 s).
    /// </summary>
    private sealed class Authenticator(string sharedKey)
    {
        private readonly Lock _lock = new();
        private long _lastStep = long.MinValue;

        public string NextCode(AnshunSiteFactory factory)
        {
            lock (_lock)
            {
                var current = Totp.StepAt(factory.Time.GetUtcNow());
                if (_lastStep > current)
                {
                    factory.Time.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
                    current = Totp.StepAt(factory.Time.GetUtcNow());
                }

                var step = Math.Max(current, _lastStep + 1);
                _lastStep = step;
                return Totp.Code(sharedKey, step);
            }
        }
    }
}
