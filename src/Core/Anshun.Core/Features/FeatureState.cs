namespace Anshun.Core.Features;

/// <summary>The stored on/off state of one module.</summary>
public sealed class FeatureState
{
    public required string ModuleId { get; set; }

    public bool Enabled { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string? ChangedBy { get; set; }
}
