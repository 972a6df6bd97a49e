namespace Anshun.Core.Organization;

/// <summary>Which unit changed, passed to <see cref="IOrganizationEventHandler.UnitChangedAsync"/>.</summary>
public sealed record OrgUnitEventContext(string UnitId, string Code);
