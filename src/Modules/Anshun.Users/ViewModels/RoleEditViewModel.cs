using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>The role form (新建角色 / 编辑角色): permissions grouped by category, each with its 三员 remit.</summary>
public sealed class RoleEditViewModel
{
    public string? Id { get; set; }

    [Display(Name = "角色标识")]
    public string? Name { get; set; }

    [Display(Name = "角色名称")]
    public string? DisplayName { get; set; }

    [Display(Name = "说明")]
    public string? Description { get; set; }

    [Display(Name = "权限")]
    public List<string> Permissions { get; set; } = [];

    public bool IsSystem { get; set; }

    public bool IsNew => Id is null;

    /// <summary>Category → permissions (value = name, text = 中文名, note = remit or null).</summary>
    public IReadOnlyList<(string Category, IReadOnlyList<OptionItem> Permissions)> Groups { get; set; } = [];
}
