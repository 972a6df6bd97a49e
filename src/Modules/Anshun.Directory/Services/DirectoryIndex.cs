using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// The directory for the page and the API: read by <see cref="DirectoryReader"/> and kept for a short while by
/// <see cref="DirectorySnapshotCache"/>; the privacy choices come fresh from this module's table on every call,
/// so a changed choice applies at once on every node. Pinyin keys come from <see cref="PinyinKeyCache"/>.
/// </summary>
public sealed class DirectoryIndex(
    DirectoryReader reader,
    DirectoryPreferenceStore preferences,
    DirectorySnapshotCache cache)
{
    public async Task<DirectorySnapshot> BuildAsync(CancellationToken cancellationToken = default)
    {
        var choices = await preferences.GetAllAsync(cancellationToken);
        var cached = cache.Get();
        if (cached is null)
        {
            cached = await reader.ReadAsync(cancellationToken);
            cache.Set(cached);
        }

        return cached with { Choices = choices };
    }
}
