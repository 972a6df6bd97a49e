namespace Anshun.Core.Tests.Support;

/// <summary>A row of the test module's own table, used to prove that transactions span contexts.</summary>
public sealed class SampleRecord
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReviewedUtc { get; set; }
}
