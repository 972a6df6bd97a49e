using Anshun.Core.Security;
using Anshun.Users.Services;

namespace Anshun.Users.Tests;

public sealed class AdminRemitRulesTests
{
    private static readonly Permission ManageUsers = new("Users.Manage", "管理用户", "用户与权限", AdminRemit.System);
    private static readonly Permission ManagePolicy = new("Security.ManagePolicy", "管理安全策略", "用户与权限", AdminRemit.Security);
    private static readonly Permission ReadAudit = new("Audit.Read", "查阅安全审计日志", "安全审计", AdminRemit.Audit);
    private static readonly Permission AdminAccess = new("Admin.Access", "进入管理后台", "管理后台");

    [Fact]
    public void ARoleMayMixOneRemitWithOrdinaryPermissions()
    {
        Assert.Null(AdminRemitRules.CheckRole("系统管理员", [ManageUsers, AdminAccess]));
    }

    [Fact]
    public void ARoleMayNotMixTwoRemits()
    {
        var message = AdminRemitRules.CheckRole("超级管理员", [ManageUsers, ReadAudit, AdminAccess]);

        Assert.NotNull(message);
        Assert.Contains("超级管理员", message);
        Assert.Contains("系统管理员", message);
        Assert.Contains("安全审计员", message);
    }

    [Fact]
    public void AUserMayNotHoldRolesOfTwoRemits()
    {
        var message = AdminRemitRules.CheckUser("张三", [("系统管理员", [ManageUsers]), ("安全保密管理员", [ManagePolicy])]);

        Assert.NotNull(message);
        Assert.Contains("张三", message);
        Assert.Contains("三员分立", message);
    }

    [Fact]
    public void AUserMayHoldOneRemitThroughSeveralRolesPlusOrdinaryRoles()
    {
        Assert.Null(AdminRemitRules.CheckUser("张三", [("系统管理员", [ManageUsers, AdminAccess]), ("用户管理员", [ManageUsers]), ("工作人员", [])]));
    }
}
