using System.Collections.Concurrent;
using Anshun.Core.Search;
using Anshun.Search.Indexing;

namespace Anshun.Search.Tests.Indexing;

/// <summary>A rebuild reads a source on one thread and writes on several; a checkpoint never claims a document not yet written.</summary>
public sealed class RebuildSourceRunTests
{
    [Fact]
    public async Task EveryCheckpointCoversOnlyWrittenDocumentsAndTheRunEndsPastTheLastKey()
    {
        var source = SourceWith(300);
        var written = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var concurrent = 0;
        var mostConcurrent = 0;
        var checkpoints = new List<RebuildState>();
        var run = new RebuildSourceRun(source, new RebuildState(7), async document =>
        {
            var now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref mostConcurrent, now);
            await Task.Delay(Random.Shared.Next(0, 3));
            written[document.Key] = true;
            Interlocked.Decrement(ref concurrent);
        }, state =>
        {
            var last = state.LastKey(FakeSearchSource.SourceName)!;
            var claimed = source.Keys.Where(k => string.CompareOrdinal(k, last) <= 0).ToList();
            Assert.All(claimed, key => Assert.True(written.ContainsKey(key), $"检查点声称已写入 {key}，实际尚未写入。"));
            Assert.Equal(claimed.Count, state.Done);
            checkpoints.Add(state);
            return Task.FromResult(true);
        }, checkpointInterval: TimeSpan.FromMilliseconds(20));

        await run.RunAsync(CancellationToken.None);

        Assert.False(run.Superseded);
        Assert.Equal(300, written.Count);
        Assert.Equal((source.Keys[^1], 300), (run.State.LastKey(FakeSearchSource.SourceName), run.State.Done));
        Assert.NotEmpty(checkpoints);
        if (Environment.ProcessorCount > 1)
        {
            Assert.True(mostConcurrent > 1, "文档应由多个线程同时分析写入。");
        }
    }

    [Fact]
    public async Task ASupersededRebuildStopsAtItsCheckpointAndResumesAfterTheCommittedKey()
    {
        var source = SourceWith(200);
        var written = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var run = new RebuildSourceRun(source, new RebuildState(7), async document =>
        {
            await Task.Delay(1);
            written[document.Key] = true;
        }, _ => Task.FromResult(false), checkpointInterval: TimeSpan.Zero);

        await run.RunAsync(CancellationToken.None);

        // It stopped at its first checkpoint: exactly the documents up to the committed key are written, so a
        // resumed rebuild reading after that key misses nothing and repeats nothing.
        Assert.True(run.Superseded);
        var committed = run.State.LastKey(FakeSearchSource.SourceName)!;
        Assert.Equal(source.Keys.Where(k => string.CompareOrdinal(k, committed) <= 0), written.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(written.Count, run.State.Done);
        Assert.True(written.Count < 200);
    }

    private static FakeKeyedSource SourceWith(int count)
    {
        var source = new FakeKeyedSource();
        for (var i = 0; i < count; i++)
        {
            source.Put("k" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "安顺市第" + i + "号通知");
        }

        return source;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }

    /// <summary>The fake source plus its keys in order, for checking what a checkpoint claims.</summary>
    private sealed class FakeKeyedSource : ISearchIndexSource
    {
        private readonly FakeSearchSource _inner = new();
        private readonly List<string> _keys = [];

        public IReadOnlyList<string> Keys => _keys;

        public string Name => _inner.Name;

        public void Put(string key, string title)
        {
            _inner.Put(key, title);
            _keys.Add(key);
            _keys.Sort(StringComparer.Ordinal);
        }

        public Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default) => _inner.LoadAsync(key, cancellationToken);

        public IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, CancellationToken cancellationToken = default) => _inner.ReadAllAsync(afterKey, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => _inner.CountAsync(cancellationToken);

        public Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default) => _inner.KeysInScopeAsync(scope, cancellationToken);
    }
}
