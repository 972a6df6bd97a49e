namespace Anshun.StaffDirectory.Search;

/// <summary>
/// The search key of a directory entry (one person in one unit): the user id and the unit id joined by
/// <see cref="Separator"/>. Unit ids never contain it (unit paths are ids joined by it), so the last one splits.
/// </summary>
public static class DirectoryEntryKey
{
    public const char Separator = '/';

    public static string Format(string userId, string unitId) => userId + Separator + unitId;

    public static bool TryParse(string key, out string userId, out string unitId)
    {
        var split = key.LastIndexOf(Separator);
        userId = split > 0 ? key[..split] : "";
        unitId = split > 0 ? key[(split + 1)..] : "";
        return userId.Length > 0 && unitId.Length > 0;
    }
}
