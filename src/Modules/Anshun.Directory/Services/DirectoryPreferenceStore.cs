using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.StaffDirectory.Data;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Search;
using Microsoft.EntityFrameworkCore;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Users' privacy choices (<c>Directory_Preferences</c>). A user without a row gets
/// <see cref="DefaultVisibility"/>.
/// </summary>
public sealed class DirectoryPreferenceStore(DirectoryDbContext db, IDataSession session, Deferred<ISearchIndexQueue> searchQueue, TimeProvider time)
{
    /// <summary>
    /// 本单位 by default: a mobile is personal information (个人信息保护法, minimum necessary), yet
    /// colleagues of one's own unit routinely need it; wider or narrower is the user's choice.
    /// </summary>
    public const MobileVisibility DefaultVisibility = MobileVisibility.SameUnit;

    public async Task<MobileVisibility> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Preferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => (MobileVisibility?)p.MobileVisibility).FirstOrDefaultAsync(cancellationToken) ?? DefaultVisibility;

    /// <summary>Every stored choice, by user id.</summary>
    public async Task<IReadOnlyDictionary<string, MobileVisibility>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await db.Preferences.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.MobileVisibility, cancellationToken);

    /// <summary>Saves the choice and, in the same transaction, has the search index look again at the person (the mobile is indexed only when shown to everyone).</summary>
    public async Task SetAsync(string userId, MobileVisibility visibility, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var preference = await db.Preferences.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preference is null)
        {
            preference = new DirectoryPreference { UserId = userId };
            db.Preferences.Add(preference);
        }

        preference.MobileVisibility = visibility;
        preference.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await searchQueue.Value.EnqueueScopeAsync(DirectorySearchSource.SourceName, DirectorySearchSource.UserScope(userId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
