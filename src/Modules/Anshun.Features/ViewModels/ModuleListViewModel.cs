using Anshun.Features.Models;

namespace Anshun.Features.ViewModels;

public sealed class ModuleListViewModel
{
    /// <summary>Modules by Chinese category, in the order the platform starts them.</summary>
    public required IReadOnlyList<IGrouping<string, ModuleStatus>> Categories { get; init; }

    /// <summary>For each module, the enabled modules that would be disabled with it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ModuleReference>> Dependents { get; init; }

    public bool AnyPending => Categories.SelectMany(c => c).Any(m => m.Pending);
}
