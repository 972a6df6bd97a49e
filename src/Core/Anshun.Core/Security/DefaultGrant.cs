namespace Anshun.Core.Security;

/// <summary>
/// A permission a module gives a role of the platform by default (Orchard Core's permission stereotypes): granted
/// once, when a site first runs with the module — also a site set up before the module existed. An administrator
/// who later takes it away keeps it away.
/// </summary>
/// <param name="Role">The role's stable name, usually one of <see cref="PlatformRoles"/>.</param>
/// <param name="Permission">The permission's name, declared by the same provider.</param>
public sealed record DefaultGrant(string Role, string Permission);
