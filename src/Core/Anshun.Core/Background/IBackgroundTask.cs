namespace Anshun.Core.Background;

/// <summary>
/// Periodic work run by the kernel's background host on every node (scheduled publishing,
/// index catch-up, reminders). Each run gets a fresh DI scope. Work must be safe when two nodes
/// run it at once (claim rows inside a transaction). Register with
/// <c>services.AddSingleton&lt;IBackgroundTask, X&gt;()</c>.
/// </summary>
public interface IBackgroundTask
{
    /// <summary>Stable name for logs and the admin status page.</summary>
    string Name { get; }

    /// <summary>Time between the end of one run and the start of the next (measured on TimeProvider).</summary>
    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
