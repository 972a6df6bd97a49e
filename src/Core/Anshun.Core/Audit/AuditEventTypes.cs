namespace Anshun.Core.Audit;

/// <summary>Event types of the platform. Modules add their own with the same <c>area.action</c> form.</summary>
public static class AuditEventTypes
{
    public const string LoginSucceeded = "auth.login";
    public const string LoginFailed = "auth.login_failed";
    public const string Logout = "auth.logout";
    public const string LockedOut = "auth.locked_out";
    public const string Unlocked = "auth.unlocked";
    public const string PasswordChanged = "auth.password_changed";
    public const string PasswordReset = "auth.password_reset";
    public const string TwoFactorEnabled = "auth.totp_enabled";
    public const string TwoFactorReset = "auth.totp_reset";
    public const string CsrfRejected = "auth.csrf_rejected";
    public const string AccessDenied = "auth.access_denied";

    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserRolesChanged = "user.roles_changed";
    public const string UserMoved = "user.moved";
    public const string UserSecretLevelChanged = "user.secret_level_changed";

    public const string RoleCreated = "role.created";
    public const string RoleUpdated = "role.updated";
    public const string RoleDeleted = "role.deleted";

    public const string OrgUnitCreated = "org.unit_created";
    public const string OrgUnitUpdated = "org.unit_updated";
    public const string OrgUnitDeleted = "org.unit_deleted";

    public const string ModuleEnabled = "module.enabled";
    public const string ModuleDisabled = "module.disabled";
    public const string SettingsChanged = "settings.changed";
    public const string RecipeExecuted = "recipe.executed";
    public const string AuditVerified = "audit.verified";

    public const string ContentTypeSaved = "content.type_saved";
    public const string ContentTypeDeleted = "content.type_deleted";
    public const string ContentDeleted = "content.deleted";
    public const string ContentAccessDenied = "content.access_denied";
}
