using Anshun.Core.Audit;

namespace Anshun.Audit.Services;

/// <summary>Chinese names of the platform's audit event types; types added by later modules show as they are.</summary>
public static class AuditEventNames
{
    private static readonly Dictionary<string, string> _names = new(StringComparer.Ordinal)
    {
        [AuditEventTypes.LoginSucceeded] = "登录成功",
        [AuditEventTypes.LoginFailed] = "登录失败",
        [AuditEventTypes.Logout] = "退出登录",
        [AuditEventTypes.LockedOut] = "账号锁定",
        [AuditEventTypes.Unlocked] = "账号解锁",
        [AuditEventTypes.PasswordChanged] = "修改密码",
        [AuditEventTypes.PasswordReset] = "重置密码",
        [AuditEventTypes.TwoFactorEnabled] = "启用双因素认证",
        [AuditEventTypes.TwoFactorReset] = "重置双因素认证",
        [AuditEventTypes.CsrfRejected] = "拒绝跨站请求",
        [AuditEventTypes.AccessDenied] = "拒绝访问",
        [AuditEventTypes.UserCreated] = "创建用户",
        [AuditEventTypes.UserUpdated] = "修改用户",
        [AuditEventTypes.UserDisabled] = "停用用户",
        [AuditEventTypes.UserEnabled] = "启用用户",
        [AuditEventTypes.UserRolesChanged] = "变更用户角色",
        [AuditEventTypes.UserMoved] = "调整用户所属机构",
        [AuditEventTypes.UserSecretLevelChanged] = "变更用户密级",
        [AuditEventTypes.RoleCreated] = "创建角色",
        [AuditEventTypes.RoleUpdated] = "修改角色",
        [AuditEventTypes.RoleDeleted] = "删除角色",
        [AuditEventTypes.OrgUnitCreated] = "创建组织机构",
        [AuditEventTypes.OrgUnitUpdated] = "修改组织机构",
        [AuditEventTypes.OrgUnitDeleted] = "删除组织机构",
        [AuditEventTypes.ModuleEnabled] = "启用功能模块",
        [AuditEventTypes.ModuleDisabled] = "停用功能模块",
        [AuditEventTypes.SettingsChanged] = "修改站点设置",
        [AuditEventTypes.RecipeExecuted] = "执行配方",
        [AuditEventTypes.AuditVerified] = "校验审计日志",
        [AuditEventTypes.ContentTypeSaved] = "保存内容类型",
        [AuditEventTypes.ContentTypeDeleted] = "删除内容类型",
        [AuditEventTypes.ContentDeleted] = "删除内容",
        [AuditEventTypes.ContentAccessDenied] = "拒绝越权操作内容",
    };

    /// <summary>Every event type with a Chinese name, in declaration order.</summary>
    public static IReadOnlyCollection<string> KnownTypes => _names.Keys;

    public static string DisplayName(string eventType) => _names.GetValueOrDefault(eventType, eventType);

    public static bool IsKnown(string eventType) => _names.ContainsKey(eventType);
}
