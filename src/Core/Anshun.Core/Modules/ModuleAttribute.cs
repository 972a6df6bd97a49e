namespace Anshun.Core.Modules;

/// <summary>
/// Declares an assembly as an Anshun module (模块). Written once per module, in its <c>Manifest.cs</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public ModuleAttribute(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Stable identifier, the assembly name by convention (e.g. <c>Anshun.Users</c>).</summary>
    public string Id { get; }

    /// <summary>Chinese display name shown in the admin.</summary>
    public string Name { get; }

    public string Description { get; set; } = "";

    /// <summary>Chinese category used to group modules in the admin (e.g. 平台, 安全, 主题).</summary>
    public string Category { get; set; } = "其他";

    /// <summary>Ids of modules this one needs; they start before it.</summary>
    public string[] Dependencies { get; set; } = [];

    /// <summary>A module that cannot be disabled because the platform needs it.</summary>
    public bool AlwaysEnabled { get; set; }
}
