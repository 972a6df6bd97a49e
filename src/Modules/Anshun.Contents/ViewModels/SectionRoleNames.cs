using Anshun.Contents.Models;
using Anshun.Core.Security;

namespace Anshun.Contents.ViewModels;

/// <summary>Chinese names of what a section rule grants and whom it names.</summary>
public static class SectionRoleNames
{
    public static string Of(SectionRole role) => role switch
    {
        SectionRole.Editor => "编辑",
        SectionRole.Reviewer => "审核",
        _ => "阅读",
    };

    public static string Of(PrincipalKind kind) => kind switch
    {
        PrincipalKind.User => "人员",
        PrincipalKind.Role => "角色",
        PrincipalKind.Unit => "单位（含下级单位）",
        _ => "单位+角色",
    };
}
