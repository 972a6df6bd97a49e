using System.Globalization;
using System.Text.Json;
using Anshun.Core.Caching;
using Anshun.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Core.Settings;

/// <summary>
/// Settings in <c>Core_Settings</c>. Every page asks for some (站点信息 in the layout, the password policy at
/// sign-in), so the stored JSON is kept in memory under <see cref="ChangeTopics.Settings"/>: a change here
/// shows at once, one on another node within a second. Each read deserializes a fresh object, so callers
/// may change what they get. Reads inside an open transaction go to the database and are not kept.
/// </summary>
public sealed class SiteSettings(
    Deferred<CoreDbContext> database,
    IDataSession session,
    IChangeSignals signals,
    IMemoryCache cache,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor) : ISiteSettings
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private CoreDbContext Db => database.Value;

    public async Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        var json = await ReadAsync(key, cancellationToken);
        return json is null ? new T() : JsonSerializer.Deserialize<T>(json, JsonOptions) ?? new T();
    }

    public async Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        var json = JsonSerializer.Serialize(value, JsonOptions);
        var record = await Db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (record is null)
        {
            record = new SettingRecord { Key = key, Value = json };
            Db.Settings.Add(record);
        }

        record.Value = json;
        record.ChangedUtc = time.GetUtcNow().UtcDateTime;
        record.ChangedBy = httpContextAccessor.HttpContext?.User.Identity?.Name;
        await Db.SaveChangesAsync(cancellationToken);
        await signals.SignalAsync(ChangeTopics.Settings, cancellationToken);
    }

    private async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (session.InTransaction)
        {
            return await QueryAsync(key, cancellationToken);
        }

        var generation = await signals.GetGenerationAsync(ChangeTopics.Settings, cancellationToken);
        var cacheKey = string.Create(CultureInfo.InvariantCulture, $"settings|{generation}|{key}");
        if (cache.TryGetValue(cacheKey, out StoredValue? stored) && stored is not null)
        {
            return stored.Json;
        }

        var json = await QueryAsync(key, cancellationToken);
        cache.Set(cacheKey, new StoredValue(json), TimeSpan.FromHours(1));
        return json;
    }

    private Task<string?> QueryAsync(string key, CancellationToken cancellationToken) =>
        Db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    // A missing setting is cached too (as null JSON), so an unset key costs no query either.
    private sealed record StoredValue(string? Json);
}
