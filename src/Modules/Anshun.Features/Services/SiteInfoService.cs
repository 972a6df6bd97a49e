using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Settings;

namespace Anshun.Features.Services;

/// <summary>Reads and saves the site information (站点信息); a save that changes anything is audited.</summary>
public sealed class SiteInfoService(ISiteSettings settings, IDataSession session, IAuditLog auditLog)
{
    public Task<SiteInfo> GetAsync(CancellationToken cancellationToken = default) =>
        settings.GetAsync<SiteInfo>(SiteInfo.Key, cancellationToken);

    /// <summary>Validates and stores; returns the errors by field, empty when saved.</summary>
    public async Task<Dictionary<string, string[]>> SaveAsync(SiteInfo input, CancellationToken cancellationToken = default)
    {
        var site = SiteInfoValidator.Normalize(input);
        var errors = SiteInfoValidator.Validate(site);
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var current = await GetAsync(cancellationToken);
        var changes = Describe(current, site);
        if (changes.Count > 0)
        {
            await settings.SetAsync(SiteInfo.Key, site, cancellationToken);
            await auditLog.WriteAsync(new AuditEntry(AuditEventTypes.SettingsChanged, SiteInfo.Key, string.Join("；", changes) + "。"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    private static List<string> Describe(SiteInfo before, SiteInfo after)
    {
        var changes = new List<string>();
        Compare(changes, "站点名称", before.SiteName, after.SiteName);
        Compare(changes, "简称", before.ShortName, after.ShortName);
        Compare(changes, "版权信息", before.Copyright, after.Copyright);
        return changes;
    }

    private static void Compare(List<string> changes, string label, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            changes.Add($"{label}由“{before}”改为“{after}”");
        }
    }
}
