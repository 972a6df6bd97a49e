namespace Anshun.Contents.Portal;

/// <summary>
/// The setting (<c>Core_Settings</c>, key <see cref="Key"/>) that tells every node the published
/// content changed: a new random value on each publish, unpublish or removal.
/// </summary>
public sealed class PortalCacheStamp
{
    public const string Key = "Contents.PortalCacheStamp";

    public string Value { get; set; } = "";
}
