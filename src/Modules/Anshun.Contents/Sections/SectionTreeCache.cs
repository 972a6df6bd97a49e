using Anshun.Contents.Models;

namespace Anshun.Contents.Sections;

/// <summary>
/// The node's copy of the section tree (singleton). Freshness: the copy carries the value of the
/// one-row counter in <c>Content_SectionState</c>, which each change raises in its own transaction.
/// The counter is read again at most once per <see cref="CheckInterval"/> (a primary-key read), and at
/// once after a change made on this node — so a rule change (a permission change) applies here on the
/// next request and on every other node within about a second.
/// </summary>
public sealed class SectionTreeCache(TimeProvider time)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private volatile Snapshot? _snapshot;
    private long _nextCheckTicks;

    public long? Version => _snapshot?.Version;

    /// <summary>The tree when the counter need not be read yet.</summary>
    public IReadOnlyList<SectionInfo>? TryGetFresh() =>
        _snapshot is { } snapshot && time.GetUtcNow().UtcTicks < Interlocked.Read(ref _nextCheckTicks) ? snapshot.Sections : null;

    /// <summary>The tree if it was read at <paramref name="version"/>; the counter was just read, so the next read waits.</summary>
    public IReadOnlyList<SectionInfo>? TryGet(long version)
    {
        if (_snapshot is not { } snapshot || snapshot.Version != version)
        {
            return null;
        }

        Checked();
        return snapshot.Sections;
    }

    public void Set(long version, IReadOnlyList<SectionInfo> sections)
    {
        _snapshot = new Snapshot(version, sections);
        Checked();
    }

    /// <summary>After a change on this node: the next request reads the counter.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _nextCheckTicks, 0);

    private void Checked() => Interlocked.Exchange(ref _nextCheckTicks, time.GetUtcNow().UtcTicks + CheckInterval.Ticks);

    private sealed record Snapshot(long Version, IReadOnlyList<SectionInfo> Sections);
}
