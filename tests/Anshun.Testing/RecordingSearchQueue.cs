using Anshun.Core.Search;

namespace Anshun.Testing;

/// <summary>An <see cref="ISearchIndexQueue"/> that remembers what it was asked; tests register it in place of the search module's queue.</summary>
public sealed class RecordingSearchQueue : ISearchIndexQueue
{
    private readonly List<(string Kind, string Source, string Value)> _tasks = [];

    public IReadOnlyList<(string Kind, string Source, string Value)> Tasks
    {
        get
        {
            lock (_tasks)
            {
                return [.. _tasks];
            }
        }
    }

    public Task EnqueueAsync(string source, string key, CancellationToken cancellationToken = default) => Add("document", source, key);

    public Task EnqueueScopeAsync(string source, string scope, CancellationToken cancellationToken = default) => Add("scope", source, scope);

    private Task Add(string kind, string source, string value)
    {
        lock (_tasks)
        {
            _tasks.Add((kind, source, value));
        }

        return Task.CompletedTask;
    }
}
