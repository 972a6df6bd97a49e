using Anshun.PortalTheme.Data;
using Anshun.PortalTheme.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.PortalTheme.Services;

/// <summary>Users' home page choices (<c>Portal_WidgetPreferences</c>); a user without rows sees the default page.</summary>
public sealed class WidgetPreferenceStore(PortalThemeDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<WidgetPreference>> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.WidgetPreferences.AsNoTracking()
            .Where(p => p.UserId == userId)
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);

    /// <summary>Stores the submitted order and visibility; choices for widgets not mentioned are kept in place.</summary>
    public async Task SaveAsync(string userId, IReadOnlyList<WidgetChoice> submitted, CancellationToken cancellationToken = default)
    {
        var rows = await db.WidgetPreferences.Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var merged = HomeWidgetArranger.Merge(rows, submitted);
        var byId = rows.ToDictionary(r => r.WidgetId, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        for (var position = 0; position < merged.Count; position++)
        {
            var choice = merged[position];
            if (!byId.TryGetValue(choice.WidgetId, out var row))
            {
                row = new WidgetPreference { UserId = userId, WidgetId = choice.WidgetId };
                db.WidgetPreferences.Add(row);
                byId[choice.WidgetId] = row;
            }

            if (row.Position != position || row.Visible != choice.Visible || row.UpdatedUtc == default)
            {
                row.Position = position;
                row.Visible = choice.Visible;
                row.UpdatedUtc = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>恢复默认: forgets every choice of the user.</summary>
    public async Task ResetAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.WidgetPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
