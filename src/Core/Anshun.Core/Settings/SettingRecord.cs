namespace Anshun.Core.Settings;

/// <summary>One stored setting: a key and its JSON value.</summary>
public sealed class SettingRecord
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string? ChangedBy { get; set; }
}
