using Anshun.Core.Navigation;

namespace Anshun.Audit;

public sealed class AuditNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Admin)
        {
            return;
        }

        builder.Add("安全审计", 95, group => group
            .Icon("shield-check")
            .Add("审计日志", 1, item => item.Url("/admin/audit").Permission(AuditPermissions.Read)));
    }
}
