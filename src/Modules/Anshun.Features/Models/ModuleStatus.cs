namespace Anshun.Features.Models;

/// <summary>
/// One module as the administrator sees it. <see cref="Running"/> is what this process started;
/// <see cref="Enabled"/> is the stored state that applies from the next start.
/// </summary>
public sealed record ModuleStatus(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<ModuleReference> Dependencies,
    bool AlwaysEnabled,
    bool Running,
    bool Enabled)
{
    /// <summary>待重启生效: the stored state differs from the running one.</summary>
    public bool Pending => Enabled != Running;
}
