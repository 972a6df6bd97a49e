using Anshun.Core.Data;
using Anshun.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Caching;

/// <inheritdoc cref="IChangeSignals" />
/// <remarks>
/// Scoped, so the stamp is read and written through the request's own connection and transaction: a
/// change and its stamp become visible to other nodes together. A cache filled on this node between the
/// signal and the commit (from the old rows) is retired by the next stamp read, which sees the new value.
/// The stamps are rows of <c>Core_Settings</c> written here directly, so settings themselves can be cached
/// under a topic. Nearly every request asks for a generation and only about one a second reads a stamp,
/// so the database context is deferred until a read or write is due.
/// </remarks>
public sealed class ChangeSignals(ChangeSignalState state, Deferred<CoreDbContext> database, TimeProvider time) : IChangeSignals
{
    public async Task<long> GetGenerationAsync(string topic, CancellationToken cancellationToken = default)
    {
        var entry = state.Get(topic);
        var now = time.GetUtcNow().UtcTicks;
        if (!entry.IsCheckDue(now) || !entry.Checking.Wait(0))
        {
            return entry.Generation;
        }

        try
        {
            var key = ChangeStamp.KeyFor(topic);
            var db = database.Value;
            var stamp = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken) ?? "";
            if (entry.LastStamp is not null && !string.Equals(stamp, entry.LastStamp, StringComparison.Ordinal))
            {
                entry.Raise();
            }

            entry.LastStamp = stamp;
            entry.Checked(now);
        }
        finally
        {
            entry.Checking.Release();
        }

        return entry.Generation;
    }

    public async Task SignalAsync(string topic, CancellationToken cancellationToken = default)
    {
        state.Get(topic).Raise();
        var key = ChangeStamp.KeyFor(topic);
        var value = Guid.NewGuid().ToString("N");
        var db = database.Value;
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (record is null)
        {
            db.Settings.Add(new SettingRecord { Key = key, Value = value, ChangedUtc = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            record.Value = value;
            record.ChangedUtc = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
