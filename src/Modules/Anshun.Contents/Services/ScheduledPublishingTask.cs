using Anshun.Core.Background;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Services;

/// <summary>Runs <see cref="IContentManager.ApplySchedulesAsync"/> every <c>Anshun:Contents:ScheduleInterval</c> (default 30 s).</summary>
public sealed class ScheduledPublishingTask(IConfiguration configuration) : IBackgroundTask
{
    public const string IntervalKey = "Anshun:Contents:ScheduleInterval";

    public string Name => "Contents.ScheduledPublishing";

    public TimeSpan Interval { get; } = configuration.GetValue(IntervalKey, TimeSpan.FromSeconds(30)) is { } interval && interval > TimeSpan.Zero
        ? interval
        : TimeSpan.FromSeconds(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IContentManager>().ApplySchedulesAsync(cancellationToken);
}
