using Anshun.Core.Modules;

namespace Anshun.Core.Tests.Support;

/// <summary>Module descriptors made in memory, as <see cref="ModuleCatalog.Discover"/> would find them.</summary>
public static class TestModules
{
    public static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(new ModuleAttribute(id, id + " 模块") { Dependencies = dependencies }, typeof(TestModules).Assembly, null);

    public static ModuleDescriptor AlwaysEnabled(string id, params string[] dependencies) =>
        new(new ModuleAttribute(id, id + " 模块") { Dependencies = dependencies, AlwaysEnabled = true }, typeof(TestModules).Assembly, null);

    /// <summary>
    /// Platform (always on) ← Org ← Users ← Mail; Themes needs Platform; News stands alone.
    /// Listed out of dependency order on purpose.
    /// </summary>
    public static IReadOnlyList<ModuleDescriptor> Sample() =>
    [
        Module("Mail", "Users"),
        Module("Users", "Org"),
        AlwaysEnabled("Platform"),
        Module("Org", "Platform"),
        Module("News"),
        AlwaysEnabled("Themes", "Platform"),
    ];
}
