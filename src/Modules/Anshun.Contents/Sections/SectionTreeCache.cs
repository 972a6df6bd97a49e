using Anshun.Contents.Models;

namespace Anshun.Contents.Sections;

/// <summary>
/// The node's copy of the section tree (singleton). Freshness: every request compares the stored
/// <see cref="Version"/> with the one-row counter in <c>Content_SectionState</c>, which each change raises
/// in its own transaction. One primary-key read per request is cheap and, unlike a time-to-live, lets every
/// node see a change to the rules (a permission change) on its very next request.
/// </summary>
public sealed class SectionTreeCache
{
    private volatile Snapshot? _snapshot;

    public long? Version => _snapshot?.Version;

    public IReadOnlyList<SectionInfo>? TryGet(long version) =>
        _snapshot is { } snapshot && snapshot.Version == version ? snapshot.Sections : null;

    public void Set(long version, IReadOnlyList<SectionInfo> sections) => _snapshot = new Snapshot(version, sections);

    private sealed record Snapshot(long Version, IReadOnlyList<SectionInfo> Sections);
}
