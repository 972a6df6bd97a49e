namespace Anshun.Core.Features;

/// <summary>Stores which modules are enabled. Changes take effect at the next start of the site.</summary>
public interface IFeatureManager
{
    /// <summary>The stored enabled set, or null when nothing was stored yet (a new database).</summary>
    Task<IReadOnlySet<string>?> GetStoredEnabledAsync(CancellationToken cancellationToken = default);

    /// <summary>Enables the modules and everything they depend on; returns the ids that changed.</summary>
    Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> moduleIds, CancellationToken cancellationToken = default);

    /// <summary>Disables the modules and every module that depends on them; returns the ids that changed.</summary>
    Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> moduleIds, CancellationToken cancellationToken = default);
}
