namespace Anshun.Core.Caching;

/// <summary>Change topics shared by several modules.</summary>
public static class ChangeTopics
{
    /// <summary>
    /// Who a person is for access decisions: account state, security stamp, 密级, roles, role
    /// permissions, unit memberships and the unit tree. Signalled by the Users and Organization modules.
    /// </summary>
    public const string Security = "security";

    /// <summary>Site settings (<c>Core_Settings</c>), signalled by <c>ISiteSettings.SetAsync</c>.</summary>
    public const string Settings = "settings";
}
