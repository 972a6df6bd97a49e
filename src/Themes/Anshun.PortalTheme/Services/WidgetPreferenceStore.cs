using System.Globalization;
using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.PortalTheme.Data;
using Anshun.PortalTheme.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Users' home page choices (<c>Portal_WidgetPreferences</c>); a user without rows sees the default page.
/// Every home page asks, so each user's choices are kept in memory under <see cref="Topic"/>, which a
/// save signals (a choice made on another node shows here within a second).
/// </summary>
public sealed class WidgetPreferenceStore(Deferred<PortalThemeDbContext> database, IChangeSignals signals, IMemoryCache cache, TimeProvider time)
{
    public const string Topic = "portal.widgets";

    /// <summary>People who have not opened the home page for this long leave memory.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(20);

    private PortalThemeDbContext Db => database.Value;

    public async Task<IReadOnlyList<WidgetPreference>> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var generation = await signals.GetGenerationAsync(Topic, cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"portal|widgets|{generation}|{userId}");
        if (cache.TryGetValue(key, out IReadOnlyList<WidgetPreference>? cached) && cached is not null)
        {
            return cached;
        }

        var rows = await Db.WidgetPreferences.AsNoTracking()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);
        cache.Set(key, rows, new MemoryCacheEntryOptions { SlidingExpiration = IdleLifetime });
        return rows;
    }

    /// <summary>Stores the submitted order and visibility; choices for widgets not mentioned are kept in place.</summary>
    public async Task SaveAsync(string userId, IReadOnlyList<WidgetChoice> submitted, CancellationToken cancellationToken = default)
    {
        var rows = await Db.WidgetPreferences.Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var merged = HomeWidgetArranger.Merge(rows, submitted);
        var byId = rows.ToDictionary(r => r.WidgetId, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        for (var position = 0; position < merged.Count; position++)
        {
            var choice = merged[position];
            if (!byId.TryGetValue(choice.WidgetId, out var row))
            {
                row = new WidgetPreference { UserId = userId, WidgetId = choice.WidgetId };
                Db.WidgetPreferences.Add(row);
                byId[choice.WidgetId] = row;
            }

            if (row.Position != position || row.Visible != choice.Visible || row.UpdatedUtc == default)
            {
                row.Position = position;
                row.Visible = choice.Visible;
                row.UpdatedUtc = now;
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        await signals.SignalAsync(Topic, cancellationToken);
    }

    /// <summary>恢复默认: forgets every choice of the user.</summary>
    public async Task ResetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await Db.WidgetPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await signals.SignalAsync(Topic, cancellationToken);
    }
}
