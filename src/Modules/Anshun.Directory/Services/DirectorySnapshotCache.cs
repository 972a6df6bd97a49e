using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Keeps the directory built from the org tree and the accounts for <see cref="Lifetime"/>:
/// rebuilding it takes a few hundred milliseconds for 3,000 people, searching it a few. Changes
/// to people and units show within the lifetime; privacy choices are read fresh on every request.
/// </summary>
public sealed class DirectorySnapshotCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private CachedSnapshot? _current;

    public DirectorySnapshot? Get()
    {
        var current = _current;
        return current is not null && current.ExpiresUtc > time.GetUtcNow() ? current.Snapshot : null;
    }

    public void Set(DirectorySnapshot snapshot) => _current = new CachedSnapshot(snapshot, time.GetUtcNow() + Lifetime);

    /// <summary>Forgets the directory, so the next request rebuilds it.</summary>
    public void Clear() => _current = null;

    private sealed record CachedSnapshot(DirectorySnapshot Snapshot, DateTimeOffset ExpiresUtc);
}
