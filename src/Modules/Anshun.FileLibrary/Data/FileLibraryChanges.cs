using Anshun.Core.Caching;
using Anshun.FileLibrary.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.FileLibrary.Data;

/// <summary>
/// The file library's change topic: folders, their rules and files added, changed or removed. Downloads
/// raise their counters with a direct update and do not signal: cached lists show counts a little late.
/// </summary>
public static class FileLibraryChanges
{
    public const string Topic = "filelibrary";

    internal static bool Pending(ChangeTracker tracker) => tracker.Entries().Any(Touches);

    private static bool Touches(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified
        && entry.Entity is FileFolder or FolderRule or SharedFile or SharedFileVersion;
}
