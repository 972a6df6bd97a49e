namespace Anshun.Core.Search;

/// <summary>The queue when the search module is not enabled: changes are not indexed anywhere.</summary>
public sealed class NullSearchIndexQueue : ISearchIndexQueue
{
    public Task EnqueueAsync(string source, string key, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task EnqueueScopeAsync(string source, string scope, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
