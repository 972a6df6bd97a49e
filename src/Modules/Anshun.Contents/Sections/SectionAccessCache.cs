using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Anshun.Contents.Models;

namespace Anshun.Contents.Sections;

/// <summary>
/// Computed <see cref="SectionAccess"/> per person (singleton), kept beside the section tree it was
/// computed from: a new tree (a section or rule change) starts empty, and the key carries the generation
/// of the people's security data, so a role or membership change is never answered from here.
/// </summary>
public sealed class SectionAccessCache
{
    /// <summary>Beyond this many people per tree the table starts over, so memory stays bounded.</summary>
    public const int MaxEntriesPerTree = 20_000;

    private readonly ConditionalWeakTable<IReadOnlyList<SectionInfo>, ConcurrentDictionary<string, SectionAccess>> _byTree = new();

    public SectionAccess GetOrAdd(IReadOnlyList<SectionInfo> tree, string key, Func<SectionAccess> compute)
    {
        var entries = _byTree.GetValue(tree, _ => new ConcurrentDictionary<string, SectionAccess>(StringComparer.Ordinal));
        if (entries.TryGetValue(key, out var access))
        {
            return access;
        }

        if (entries.Count >= MaxEntriesPerTree)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, _ => compute());
    }
}
