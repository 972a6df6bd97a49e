using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anshun.Bench;

/// <summary>
/// Closed-loop HTTP load: N connections each send the next request as soon as the last answer
/// arrives, for a warm-up and then a measured period; prints requests per second and latency
/// percentiles. Optionally signs in first and sends the session cookie (a logged-in user).
/// </summary>
public static class LoadGenerator
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var url = new Uri(args.Require("url"));
        var connections = args.GetInt("connections", 64);
        var seconds = args.GetInt("seconds", 20);
        var warmup = args.GetInt("warmup", 5);
        var label = args.Get("label") ?? url.PathAndQuery;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        if (args.Get("login") is { } login)
        {
            var cookie = await SignInAsync(client, new Uri(args.Get("site") ?? url.GetLeftPart(UriPartial.Authority)), login);
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        var probe = await client.GetAsync(url);
        var size = (await probe.Content.ReadAsByteArrayAsync()).Length;
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            Console.Error.WriteLine($"{url} 返回 {(int)probe.StatusCode}，无法测量。");
            return 1;
        }

        await RunPhaseAsync(client, url, connections, TimeSpan.FromSeconds(warmup));
        var result = await RunPhaseAsync(client, url, connections, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(
            $"RESULT | {label} | {connections} | {result.Requests / result.Elapsed.TotalSeconds:F0} | {result.Percentile(50):F2} | {result.Percentile(99):F2} | {size} | {result.Errors}");
        return 0;
    }

    private static async Task<string> SignInAsync(HttpClient client, Uri site, string login)
    {
        var parts = login.Split(':', 2);
        using var response = await client.PostAsJsonAsync(new Uri(site, "/api/auth/login"), new { userName = parts[0], password = parts[1] });
        response.EnsureSuccessStatusCode();
        // A sign-in that still owes a password change or an authenticator would measure a redirect, not the page.
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (outcome.TryGetProperty("pendingAction", out var pending) && pending.ValueKind != JsonValueKind.Null)
        {
            throw new InvalidOperationException($"{parts[0]} 登录后须先完成“{pending}”，无法测量。");
        }

        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';', 2)[0]);
        return string.Join("; ", cookies);
    }

    private static async Task<LoadResult> RunPhaseAsync(HttpClient client, Uri url, int connections, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(100_000);
            var errors = 0;
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }

                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors++;
                    }
                }
                catch (HttpRequestException)
                {
                    errors++;
                }

                latencies.Add(Stopwatch.GetTimestamp() - begin);
            }

            return (latencies, errors);
        })).ToList();

        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = results.SelectMany(r => r.latencies).ToArray();
        Array.Sort(all);
        return new LoadResult(all, results.Sum(r => r.errors), elapsed);
    }
}
