using System.Diagnostics;
using System.Security.Claims;
using Anshun.Contents.Services;
using Anshun.Core.Data;
using Anshun.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Bench;

/// <summary>
/// Fills a fresh site with published items through the content manager itself (same validation,
/// versions, events and projections as editors produce), oldest first, a few minutes apart.
/// </summary>
public static class ContentSeeder
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new BenchArgs(arguments);
        var appData = Path.GetFullPath(args.Require("data"));
        var count = args.GetInt("items", 100_000);
        var password = args.Get("demo-password") ?? "Demo#2026anshun";
        Directory.CreateDirectory(appData);

        // Items a few minutes apart, but all within the last 80 days: the site (and its demo accounts) is
        // created at the first item's time, and passwords expire after 90 days under the default policy.
        var spacing = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, TimeSpan.FromDays(80).Ticks / (count + 1)));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow - spacing * (count + 1));
        await using var site = new SeedingSite(appData, password, time);
        var editor = await EditorAsync(site.Services);
        var generator = new DemoContentGenerator(await DemoContentGenerator.LoadTargetsAsync(site.Services));

        var clock = Stopwatch.StartNew();
        for (var done = 0; done < count;)
        {
            var batch = Math.Min(BatchSize, count - done);
            await using var scope = site.Services.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            await using (var transaction = await session.BeginTransactionAsync())
            {
                for (var i = 0; i < batch; i++)
                {
                    time.Advance(spacing);
                    var item = await manager.CreateAsync(editor, generator.Next(done + i));
                    await manager.PublishAsync(editor, item.ContentItemId);
                }

                await transaction.CommitAsync();
            }

            done += batch;
            Console.WriteLine($"已写入 {done}/{count} 条（{done / clock.Elapsed.TotalSeconds:F0} 条/秒）");
        }

        Console.WriteLine($"完成：{count} 条，用时 {clock.Elapsed.TotalSeconds:F0} 秒；数据目录 {appData}");
        return 0;
    }

    private static async Task<ClaimsPrincipal> EditorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindByNameAsync("editor")
            ?? throw new InvalidOperationException("演示配方中没有 editor 用户。");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Bench"));
    }
}
