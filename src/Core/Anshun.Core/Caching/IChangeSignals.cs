namespace Anshun.Core.Caching;

/// <summary>
/// Named change topics that retire cached data on every node of a cluster. A cache puts the topic's
/// generation into its keys; whoever changes the underlying data signals the topic inside the change's
/// transaction. This node retires its entries at once; the others notice through a stamp in
/// <c>Core_Settings</c> that each node reads at most once per <see cref="ChangeSignalState.CheckInterval"/>
/// per topic, on the next request that asks — so a change shows everywhere within about a second, for
/// one primary-key read per topic per second per node.
/// </summary>
public interface IChangeSignals
{
    /// <summary>The topic's generation, after reading the shared stamp if the last read is older than the interval.</summary>
    Task<long> GetGenerationAsync(string topic, CancellationToken cancellationToken = default);

    /// <summary>Retires the topic's cached data here now and on other nodes when the current transaction commits.</summary>
    Task SignalAsync(string topic, CancellationToken cancellationToken = default);
}
