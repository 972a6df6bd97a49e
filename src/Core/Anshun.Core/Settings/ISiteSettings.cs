namespace Anshun.Core.Settings;

/// <summary>
/// Typed settings stored as JSON under a key (站点设置, 安全策略, ...). Callers that change
/// security-relevant settings also write an audit record.
/// </summary>
public interface ISiteSettings
{
    Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
        where T : class, new();

    Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default)
        where T : class;
}
