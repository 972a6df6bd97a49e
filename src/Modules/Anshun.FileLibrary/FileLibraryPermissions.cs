using Anshun.Core.Security;

namespace Anshun.FileLibrary;

/// <summary>The file library's permission; everything else is decided per folder (文件夹的阅读与管理范围).</summary>
public sealed class FileLibraryPermissions : IPermissionProvider
{
    /// <summary>管理文件资料共享: every folder, creating folders and setting their permissions.</summary>
    public const string Manage = "FileLibrary.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Manage, "管理文件资料共享（全部文件夹）", "文件资料共享", AdminRemit.None),
    ];
}
