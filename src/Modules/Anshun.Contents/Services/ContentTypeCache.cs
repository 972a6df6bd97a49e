using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// The content types of this node, held between requests. A save on this node resets it at once;
/// a save on another node is picked up when the entry ages out. Lock-free: a home page asks once per
/// item shown, from every request at once.
/// </summary>
public sealed class ContentTypeCache(TimeProvider time)
{
    private static readonly TimeSpan _lifetime = TimeSpan.FromSeconds(30);
    private volatile Snapshot? _snapshot;

    public IReadOnlyList<ContentTypeDefinition>? Get() =>
        _snapshot is { } snapshot && time.GetElapsedTime(snapshot.LoadedAt) < _lifetime ? snapshot.Types : null;

    public void Set(IReadOnlyList<ContentTypeDefinition> types) => _snapshot = new Snapshot(types, time.GetTimestamp());

    public void Reset() => _snapshot = null;

    private sealed record Snapshot(IReadOnlyList<ContentTypeDefinition> Types, long LoadedAt);
}
