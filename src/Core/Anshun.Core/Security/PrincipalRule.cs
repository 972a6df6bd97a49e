namespace Anshun.Core.Security;

/// <summary>
/// One principal named by an access rule. <see cref="Value"/> is a user id, role name or unit id
/// as <see cref="Kind"/> says; <see cref="Role"/> is the role name for <see cref="PrincipalKind.UnitRole"/>.
/// </summary>
public sealed record PrincipalRule(PrincipalKind Kind, string Value, string? Role = null);
