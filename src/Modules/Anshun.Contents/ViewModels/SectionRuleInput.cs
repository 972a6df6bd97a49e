using Anshun.Contents.Models;
using Anshun.Core.Security;

namespace Anshun.Contents.ViewModels;

/// <summary>
/// The 添加授权 form: what is granted (<see cref="Grant"/>) to whom. Which of user name, role and unit
/// are used depends on <see cref="Kind"/> (单位+角色 uses both unit and role).
/// </summary>
public sealed class SectionRuleInput
{
    public SectionRole Grant { get; set; }

    public PrincipalKind Kind { get; set; }

    public string? UserName { get; set; }

    public string? RoleName { get; set; }

    public string? UnitId { get; set; }
}
