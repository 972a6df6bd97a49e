namespace Anshun.Core.Security;

public static class AdminRemitNames
{
    public static string DisplayName(AdminRemit remit) => remit switch
    {
        AdminRemit.System => "系统管理员",
        AdminRemit.Security => "安全保密管理员",
        AdminRemit.Audit => "安全审计员",
        _ => "普通",
    };
}
