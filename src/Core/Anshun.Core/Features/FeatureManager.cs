using Anshun.Core.Data;
using Anshun.Core.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Features;

public sealed class FeatureManager(
    CoreDbContext db,
    ModuleCatalog catalog,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor) : IFeatureManager
{
    public async Task<IReadOnlySet<string>?> GetStoredEnabledAsync(CancellationToken cancellationToken = default)
    {
        var states = await db.Features.AsNoTracking().ToListAsync(cancellationToken);
        if (states.Count == 0)
        {
            return null;
        }

        return states.Where(s => s.Enabled).Select(s => s.ModuleId).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> moduleIds, CancellationToken cancellationToken = default)
    {
        var ids = moduleIds.ToList();
        foreach (var id in ids)
        {
            if (catalog.Find(id) is null)
            {
                throw new ArgumentException($"模块 {id} 不存在。", nameof(moduleIds));
            }
        }

        var target = catalog.ClosedOverDependencies(ids);
        return await SetAsync(target, enabled: true, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> moduleIds, CancellationToken cancellationToken = default)
    {
        var target = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in moduleIds)
        {
            var module = catalog.Find(id) ?? throw new ArgumentException($"模块 {id} 不存在。", nameof(moduleIds));
            if (module.Manifest.AlwaysEnabled)
            {
                throw new InvalidOperationException($"模块“{module.Name}”是平台必需模块，不能停用。");
            }

            target.Add(id);
            foreach (var dependent in catalog.Dependents(id))
            {
                if (dependent.Manifest.AlwaysEnabled)
                {
                    throw new InvalidOperationException($"平台必需模块“{dependent.Name}”依赖“{module.Name}”，不能停用。");
                }

                target.Add(dependent.Id);
            }
        }

        return await SetAsync(target, enabled: false, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> SetAsync(HashSet<string> ids, bool enabled, CancellationToken cancellationToken)
    {
        var stored = await db.Features.ToDictionaryAsync(f => f.ModuleId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var user = httpContextAccessor.HttpContext?.User.Identity?.Name;
        var changed = new List<string>();

        // The first write records every module, so the stored set is complete from then on.
        foreach (var module in catalog.Modules)
        {
            var wanted = ids.Contains(module.Id) ? enabled : stored.TryGetValue(module.Id, out var s) ? s.Enabled : catalog.IsEnabled(module.Id);
            if (!stored.TryGetValue(module.Id, out var state))
            {
                db.Features.Add(new FeatureState { ModuleId = module.Id, Enabled = wanted, ChangedUtc = now, ChangedBy = user });
                if (ids.Contains(module.Id) && catalog.IsEnabled(module.Id) != wanted)
                {
                    changed.Add(module.Id);
                }

                continue;
            }

            if (state.Enabled != wanted)
            {
                state.Enabled = wanted;
                state.ChangedUtc = now;
                state.ChangedBy = user;
                if (ids.Contains(module.Id))
                {
                    changed.Add(module.Id);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
