namespace Anshun.Core.Setup;

/// <summary>Stored under the setting key <see cref="Key"/> once first-run setup has completed.</summary>
public sealed class SetupState
{
    public const string Key = "Setup";

    public DateTime? CompletedUtc { get; set; }

    public string? Recipe { get; set; }
}
