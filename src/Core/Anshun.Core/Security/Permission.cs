namespace Anshun.Core.Security;

/// <summary>
/// A named right declared by a module (e.g. <c>Users.Manage</c>). Roles are sets of permissions.
/// </summary>
/// <param name="Name">Stable name, <c>Module.Action</c>.</param>
/// <param name="DisplayName">Chinese name shown in the role editor.</param>
/// <param name="Category">Chinese group in the role editor (usually the module's name).</param>
/// <param name="Remit">The 三员 remit this permission belongs to, if any.</param>
public sealed record Permission(string Name, string DisplayName, string Category, AdminRemit Remit = AdminRemit.None)
{
    public const string PolicyPrefix = "Permission:";

    /// <summary>The authorization policy name that requires this permission.</summary>
    public string Policy => PolicyPrefix + Name;
}
