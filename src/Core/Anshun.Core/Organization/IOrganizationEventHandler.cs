namespace Anshun.Core.Organization;

/// <summary>
/// Reacts to changes of the org tree and of who works where (search indexing of the directory, caches) without
/// the organization module knowing who listens. Handlers run inside the change's transaction after it is saved,
/// so a failure rolls the whole change back. Register with
/// <c>services.AddScoped&lt;IOrganizationEventHandler, X&gt;()</c>; override only what you need.
/// </summary>
public interface IOrganizationEventHandler
{
    /// <summary>
    /// A unit's own fields (name, code, kind, contacts) were edited, it moved (with its subtree), or it was
    /// activated or deactivated. Units below it may be affected too: their path runs through it.
    /// </summary>
    Task UnitChangedAsync(OrgUnitEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A user's memberships (units, positions, primary unit) were replaced.</summary>
    Task MembershipsChangedAsync(MembershipsEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
