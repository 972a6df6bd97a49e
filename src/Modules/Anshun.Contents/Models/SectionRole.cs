namespace Anshun.Contents.Models;

/// <summary>What a section rule grants.</summary>
public enum SectionRole
{
    /// <summary>编辑: create and edit items; publish directly when the section needs no review, else submit.</summary>
    Editor = 0,

    /// <summary>审核: approve or return submitted items; publish and unpublish.</summary>
    Reviewer = 1,

    /// <summary>阅读: when a section has reader rules, only they (and its editors and reviewers) may read it.</summary>
    Reader = 2,
}
