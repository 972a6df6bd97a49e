using Anshun.Core.Security;

namespace Anshun.Contents;

/// <summary>
/// The content module's global permissions. Where an editor may work is decided per section
/// (栏目的编辑/审核/阅读范围); these only open the door or lift the section limits.
/// </summary>
public sealed class ContentsPermissions : IPermissionProvider
{
    /// <summary>使用内容管理: the admin content pages; what can be edited still follows each section's rules.</summary>
    public const string Edit = "Contents.Edit";

    /// <summary>管理全部栏目的内容: edit, review and publish in every section (市政府办公室信息科).</summary>
    public const string ManageAll = "Contents.ManageAll";

    /// <summary>管理内容类型.</summary>
    public const string ManageTypes = "Contents.ManageTypes";

    /// <summary>管理栏目及其编辑、审核、阅读范围.</summary>
    public const string ManageSections = "Contents.ManageSections";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Edit, "使用内容管理（按栏目授权）", "内容管理", AdminRemit.None),
        new Permission(ManageAll, "管理全部栏目的内容", "内容管理", AdminRemit.None),
        new Permission(ManageTypes, "管理内容类型", "内容管理", AdminRemit.System),
        new Permission(ManageSections, "管理栏目及其权限", "内容管理", AdminRemit.System),
    ];
}
