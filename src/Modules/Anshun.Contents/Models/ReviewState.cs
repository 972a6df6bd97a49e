namespace Anshun.Contents.Models;

/// <summary>Where the latest draft stands in 送审 (submit → review).</summary>
public enum ReviewState
{
    /// <summary>Not submitted (or the section needs no review).</summary>
    None = 0,

    /// <summary>待审核.</summary>
    Submitted = 1,

    /// <summary>已退回 with the reviewer's opinion.</summary>
    Returned = 2,
}
