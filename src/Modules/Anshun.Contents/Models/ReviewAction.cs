namespace Anshun.Contents.Models;

/// <summary>A step of 送审.</summary>
public enum ReviewAction
{
    /// <summary>提交审核.</summary>
    Submit = 0,

    /// <summary>审核通过 (publishes).</summary>
    Approve = 1,

    /// <summary>退回 with an opinion.</summary>
    Return = 2,
}
