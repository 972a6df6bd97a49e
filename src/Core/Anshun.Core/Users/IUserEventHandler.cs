namespace Anshun.Core.Users;

/// <summary>
/// Reacts to changes of user accounts (search indexing of the directory, caches) without the users module
/// knowing who listens. Handlers run inside the change's transaction after it is saved, so a failure rolls the
/// whole change back. Register with <c>services.AddScoped&lt;IUserEventHandler, X&gt;()</c>; override only what you need.
/// </summary>
public interface IUserEventHandler
{
    /// <summary>An account was created (its units are reported by <c>IOrganizationEventHandler.MembershipsChangedAsync</c>).</summary>
    Task CreatedAsync(UserEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The account's profile was saved: name, e-mail, office phone, mobile.</summary>
    Task UpdatedAsync(UserEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The account was enabled again (启用).</summary>
    Task EnabledAsync(UserEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The account was disabled (停用); it may no longer sign in or be found.</summary>
    Task DisabledAsync(UserEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
