namespace Anshun.Contents.Models;

/// <summary>重要程度.</summary>
public enum ContentImportance
{
    /// <summary>一般.</summary>
    Normal = 0,

    /// <summary>重要.</summary>
    Important = 1,

    /// <summary>紧急.</summary>
    Urgent = 2,
}
