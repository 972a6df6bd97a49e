namespace Anshun.FileLibrary.Models;

/// <summary>What a folder rule grants.</summary>
public enum FolderRuleRole
{
    /// <summary>阅读范围: may see and download the folder's files.</summary>
    Reader = 0,

    /// <summary>管理人员: may also upload, add versions and delete.</summary>
    Manager = 1,
}
