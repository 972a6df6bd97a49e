using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Features;
using Anshun.Core.Modules;
using Anshun.Features.Models;

namespace Anshun.Features.Services;

/// <summary>
/// Lists modules with their running and stored state, and enables or disables them. Changes are
/// stored through <see cref="IFeatureManager"/> and take effect at the next start; each changed
/// module is audited in the same transaction.
/// </summary>
public sealed class ModuleService(ModuleCatalog catalog, IFeatureManager features, IDataSession session, IAuditLog auditLog)
{
    public async Task<IReadOnlyList<ModuleStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var next = await NextEnabledAsync(cancellationToken);
        return catalog.Modules.Select(m => ToStatus(m, next)).ToList();
    }

    public async Task<ModuleStatus?> FindAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId);
        return module is null ? null : ToStatus(module, await NextEnabledAsync(cancellationToken));
    }

    /// <summary>Modules that will be enabled after the next start and would be disabled together with <paramref name="moduleId"/>.</summary>
    public static IReadOnlyList<ModuleReference> EnabledDependents(ModuleCatalog catalog, IEnumerable<ModuleStatus> statuses, string moduleId)
    {
        var enabled = statuses.Where(s => s.Enabled).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return catalog.Dependents(moduleId).Where(m => enabled.Contains(m.Id)).Select(Reference).ToList();
    }

    public async Task<ModuleChangeResult> EnableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return ModuleChangeResult.NotFound(moduleId);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var changed = await features.EnableAsync([moduleId], cancellationToken);
        var references = await AuditChangesAsync(changed, AuditEventTypes.ModuleEnabled, module, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (references.Count == 0)
        {
            return new ModuleChangeResult(ModuleChangeOutcome.Unchanged, $"模块“{module.Name}”已处于启用状态。", []);
        }

        var message = references.Count == 1
            ? $"已启用模块“{module.Name}”。更改将在重新启动站点后生效。"
            : $"已启用模块“{module.Name}”及其依赖的模块：{Names(references, module.Id)}。更改将在重新启动站点后生效。";
        return new ModuleChangeResult(ModuleChangeOutcome.Changed, message, references);
    }

    public async Task<ModuleChangeResult> DisableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return ModuleChangeResult.NotFound(moduleId);
        }

        if (module.Manifest.AlwaysEnabled)
        {
            return ModuleChangeResult.Refused($"模块“{module.Name}”是平台必需模块，不能停用。");
        }

        IReadOnlyList<string> changed;
        IReadOnlyList<ModuleReference> references;
        await using (var transaction = await session.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                changed = await features.DisableAsync([moduleId], cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                // A platform-required module depends on this one.
                return ModuleChangeResult.Refused(ex.Message);
            }

            references = await AuditChangesAsync(changed, AuditEventTypes.ModuleDisabled, module, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (references.Count == 0)
        {
            return new ModuleChangeResult(ModuleChangeOutcome.Unchanged, $"模块“{module.Name}”已处于停用状态。", []);
        }

        var message = references.Count == 1
            ? $"已停用模块“{module.Name}”。更改将在重新启动站点后生效。"
            : $"已停用模块“{module.Name}”及依赖它的模块：{Names(references, module.Id)}。更改将在重新启动站点后生效。";
        return new ModuleChangeResult(ModuleChangeOutcome.Changed, message, references);
    }

    private async Task<IReadOnlyList<ModuleReference>> AuditChangesAsync(
        IReadOnlyList<string> changedIds, string eventType, ModuleDescriptor requested, CancellationToken cancellationToken)
    {
        var references = new List<ModuleReference>();
        var verb = eventType == AuditEventTypes.ModuleEnabled ? "启用" : "停用";
        foreach (var id in changedIds)
        {
            var module = catalog.Find(id)!;
            references.Add(Reference(module));
            var detail = id == requested.Id
                ? $"{verb}模块“{module.Name}”，重新启动站点后生效。"
                : $"因{verb}模块“{requested.Name}”而一并{verb}模块“{module.Name}”，重新启动站点后生效。";
            await auditLog.WriteAsync(new AuditEntry(eventType, id, detail), cancellationToken);
        }

        return references;
    }

    /// <summary>The set that will run after the next start, computed as start-up computes it.</summary>
    private async Task<IReadOnlySet<string>> NextEnabledAsync(CancellationToken cancellationToken)
    {
        var stored = await features.GetStoredEnabledAsync(cancellationToken);
        return stored is null
            ? catalog.EnabledModules.Select(m => m.Id).ToHashSet(StringComparer.Ordinal)
            : catalog.ClosedOverDependencies(stored);
    }

    private ModuleStatus ToStatus(ModuleDescriptor module, IReadOnlySet<string> next) => new(
        module.Id,
        module.Name,
        module.Manifest.Description,
        module.Manifest.Category,
        module.Dependencies.Select(id => catalog.Find(id) is { } d ? Reference(d) : new ModuleReference(id, id)).ToList(),
        module.Manifest.AlwaysEnabled,
        catalog.IsEnabled(module.Id),
        next.Contains(module.Id));

    private static ModuleReference Reference(ModuleDescriptor module) => new(module.Id, module.Name);

    private static string Names(IEnumerable<ModuleReference> modules, string exceptId) =>
        string.Join("、", modules.Where(m => m.Id != exceptId).Select(m => $"“{m.Name}”"));
}
