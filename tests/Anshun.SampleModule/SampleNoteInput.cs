namespace Anshun.SampleModule;

public sealed record SampleNoteInput(string? Text)
{
    public const int MaxLength = 500;
}
