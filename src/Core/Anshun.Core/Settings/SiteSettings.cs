using System.Text.Json;
using Anshun.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Settings;

public sealed class SiteSettings(CoreDbContext db, TimeProvider time, IHttpContextAccessor httpContextAccessor)
    : ISiteSettings
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        var record = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return record is null ? new T() : JsonSerializer.Deserialize<T>(record.Value, JsonOptions) ?? new T();
    }

    public async Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        var json = JsonSerializer.Serialize(value, JsonOptions);
        var record = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (record is null)
        {
            record = new SettingRecord { Key = key, Value = json };
            db.Settings.Add(record);
        }

        record.Value = json;
        record.ChangedUtc = time.GetUtcNow().UtcDateTime;
        record.ChangedBy = httpContextAccessor.HttpContext?.User.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
    }
}
