namespace Anshun.Contents.Models;

/// <summary>Admin list filter on an item's state.</summary>
public enum ContentStatusFilter
{
    All = 0,

    /// <summary>草稿: never published, or a draft newer than the published version.</summary>
    Draft = 1,

    /// <summary>待审核.</summary>
    Submitted = 2,

    /// <summary>已退回.</summary>
    Returned = 3,

    /// <summary>已发布.</summary>
    Published = 4,

    /// <summary>定时发布/下线 pending.</summary>
    Scheduled = 5,
}
