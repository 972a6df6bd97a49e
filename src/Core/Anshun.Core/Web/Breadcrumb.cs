namespace Anshun.Core.Web;

/// <summary>
/// One step of the admin breadcrumb. A view sets <c>ViewData["Breadcrumbs"] = new[] { new Breadcrumb("用户管理", "/admin/users") }</c>;
/// the layout adds 首页 before and the page title after.
/// </summary>
public sealed record Breadcrumb(string Text, string? Url = null)
{
    public const string ViewDataKey = "Breadcrumbs";
}
