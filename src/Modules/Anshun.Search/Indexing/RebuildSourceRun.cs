using System.Diagnostics;
using System.Runtime.CompilerServices;
using Anshun.Core.Search;

namespace Anshun.Search.Indexing;

/// <summary>
/// One source read into a rebuild's index: documents are read in key order, one at a time (a source's database
/// context is not thread-safe), and analysed and written by <see cref="IndexingParallelism.Workers"/> workers.
/// Every few seconds the run waits until each document read so far is written and
/// then checkpoints, so the committed last key never runs ahead of the index.
/// </summary>
/// <param name="write">Analyses and writes one document; called from several threads at once.</param>
/// <param name="checkpointAsync">Commits the progress; false when the rebuild was superseded and must stop.</param>
/// <param name="checkpointInterval">Time between checkpoints; <see cref="SearchRebuilder.CommitInterval"/> when not given.</param>
public sealed class RebuildSourceRun(
    ISearchIndexSource source,
    RebuildState state,
    Func<SearchDocument, Task> write,
    Func<RebuildState, Task<bool>> checkpointAsync,
    TimeSpan? checkpointInterval = null)
{
    private readonly TimeSpan _checkpointInterval = checkpointInterval ?? SearchRebuilder.CommitInterval;
    private readonly InFlightCounter _inFlight = new();

    /// <summary>How far the run got: every document up to <see cref="RebuildState.LastKey"/> of the source is written.</summary>
    public RebuildState State { get; private set; } = state;

    public bool Superseded { get; private set; }

    public Task RunAsync(CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(ReadAsync(cancellationToken), IndexingParallelism.Options(cancellationToken), WriteAsync);

    private async IAsyncEnumerable<SearchDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sinceCheckpoint = Stopwatch.StartNew();
        string? lastKey = null;
        var read = 0;
        await foreach (var document in source.ReadAllAsync(State.LastKey(source.Name), cancellationToken))
        {
            if (lastKey is not null && sinceCheckpoint.Elapsed >= _checkpointInterval)
            {
                await _inFlight.WhenIdleAsync();
                State = State.Advanced(source.Name, lastKey, read);
                read = 0;
                if (!await checkpointAsync(State))
                {
                    Superseded = true;
                    yield break;
                }

                sinceCheckpoint.Restart();
            }

            _inFlight.Enter();
            lastKey = document.Key;
            read++;
            yield return document;
        }

        await _inFlight.WhenIdleAsync();
        if (lastKey is not null)
        {
            State = State.Advanced(source.Name, lastKey, read);
        }
    }

    private async ValueTask WriteAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await write(document);
        }
        finally
        {
            _inFlight.Exit();
        }
    }
}
