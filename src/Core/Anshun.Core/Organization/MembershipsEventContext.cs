namespace Anshun.Core.Organization;

/// <summary>
/// A user's memberships before and after a change, passed to <see cref="IOrganizationEventHandler.MembershipsChangedAsync"/>:
/// a listener keyed by unit needs the units the user left as well as those the user is in now.
/// </summary>
public sealed record MembershipsEventContext(string UserId, IReadOnlyList<string> PreviousUnitIds, IReadOnlyList<string> CurrentUnitIds);
