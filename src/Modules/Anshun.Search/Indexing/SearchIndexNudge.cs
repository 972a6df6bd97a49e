namespace Anshun.Search.Indexing;

/// <summary>
/// Wakes this node's worker after a local commit wrote index tasks, so the node that made a change finds
/// it at once; other nodes see it at their next poll. Signals arriving while the worker runs fold into one.
/// </summary>
public sealed class SearchIndexNudge
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Signal()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another signal got there first; one wake-up is enough.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _signal.WaitAsync(cancellationToken);
}
