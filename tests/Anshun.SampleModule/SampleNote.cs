namespace Anshun.SampleModule;

/// <summary>便笺: one line of text.</summary>
public sealed class SampleNote
{
    public long Id { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedUtc { get; set; }
}
