namespace Anshun.Search.Indexing;

/// <summary>
/// Counts documents handed to the analysing workers and not yet written, so a rebuild can wait until everything
/// it read so far is in the index before it commits how far it got.
/// </summary>
public sealed class InFlightCounter
{
    private readonly Lock _lock = new();
    private int _count;
    private TaskCompletionSource? _idle;

    public void Enter()
    {
        lock (_lock)
        {
            _count++;
        }
    }

    public void Exit()
    {
        TaskCompletionSource? idle = null;
        lock (_lock)
        {
            if (--_count == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }

        idle?.SetResult();
    }

    /// <summary>Completes when no document is in flight.</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }
}
