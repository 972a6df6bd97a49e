using Anshun.Core.Modules;
using static Anshun.Core.Tests.Support.TestModules;

namespace Anshun.Core.Tests.Modules;

public sealed class ModuleOrdererTests
{
    [Fact]
    public void DependenciesComeBeforeTheModulesThatNeedThem()
    {
        var ordered = ModuleOrderer.Order([Module("C", "B"), Module("B", "A"), Module("A")]);

        Assert.Equal(["A", "B", "C"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void ModulesFreeToStartKeepTheirOriginalOrder()
    {
        var ordered = ModuleOrderer.Order([Module("Z"), Module("Y", "X"), Module("X"), Module("W")]);

        Assert.Equal(["Z", "X", "Y", "W"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void IndependentModulesAreNotReordered()
    {
        var ordered = ModuleOrderer.Order([Module("Users"), Module("Audit"), Module("Org")]);

        Assert.Equal(["Users", "Audit", "Org"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void SharedDependencyAppearsOnce()
    {
        var ordered = ModuleOrderer.Order([Module("B", "A"), Module("C", "A"), Module("D", "B", "C"), Module("A")]);

        Assert.Equal(["A", "B", "C", "D"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void MissingDependencyStopsWithAMessageNamingBothModules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleOrderer.Order([Module("Users", "Org"), Module("Audit")]));

        Assert.Equal("模块 Users 依赖的模块 Org 不存在。", error.Message);
    }

    [Fact]
    public void CycleStopsWithAMessageNamingTheCycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() =>
            ModuleOrderer.Order([Module("News"), Module("A", "B"), Module("B", "C"), Module("C", "A")]));

        Assert.Equal("模块之间存在循环依赖：A → B → C → A", error.Message);
    }

    [Fact]
    public void CycleFoundDeepInTheGraphNamesOnlyTheModulesInTheCycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() =>
            ModuleOrderer.Order([Module("Top", "Mid"), Module("Mid", "X"), Module("X", "Y"), Module("Y", "X")]));

        Assert.Equal("模块之间存在循环依赖：X → Y → X", error.Message);
    }

    [Fact]
    public void ModuleDependingOnItselfIsACycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleOrderer.Order([Module("A", "A")]));

        Assert.Equal("模块之间存在循环依赖：A → A", error.Message);
    }

    [Fact]
    public void DuplicateIdStopsWithAMessageNamingTheId()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleOrderer.Order([Module("Users"), Module("Org"), Module("Users")]));

        Assert.Equal("模块标识重复：Users", error.Message);
    }
}
