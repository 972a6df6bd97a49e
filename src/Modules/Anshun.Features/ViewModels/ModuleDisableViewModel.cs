using Anshun.Features.Models;

namespace Anshun.Features.ViewModels;

/// <summary>The confirmation before disabling a module that others depend on.</summary>
public sealed record ModuleDisableViewModel(ModuleStatus Module, IReadOnlyList<ModuleReference> Dependents);
