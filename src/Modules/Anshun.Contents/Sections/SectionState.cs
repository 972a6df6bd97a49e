namespace Anshun.Contents.Sections;

/// <summary>
/// The single row of <c>Content_SectionState</c>: a counter raised in the same transaction as every
/// change to sections or rules, so each node sees a change on its next request.
/// </summary>
public sealed class SectionState
{
    public int Id { get; set; }

    public long Version { get; set; }
}
