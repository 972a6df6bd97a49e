using System.Globalization;
using System.Security.Claims;
using Anshun.Contents.Services;
using Anshun.Core.Portal;

namespace Anshun.Contents.Portal;

/// <summary>
/// Offers a widget per home section the user may read (电子公告 with its unread count, 本市信息,
/// 部门信息, 县区信息, 领导讲话, 软件下载); a section the user cannot read is not offered at all.
/// Each widget's body key names the shared list and this reader's unread marks on it, so readers in
/// the same state share one rendering of the body.
/// </summary>
public sealed class ContentHomeWidgetProvider(
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    PortalWidgetReader reader,
    PortalReadMarks marks) : IHomeWidgetProvider
{
    public async Task<IReadOnlyList<HomeWidget>> GetWidgetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var widgets = new List<HomeWidget>();
        foreach (var home in PortalHomeSections.All)
        {
            var section = await sections.FindAsync(home.Code, cancellationToken);
            if (section is null || !section.IsEnabled || !access.CanRead(section.Id))
            {
                continue;
            }

            var unread = home.UnreadType is null ? 0 : await marks.CountUnreadAsync(user, home.UnreadType, home.Code, cancellationToken);
            var (data, key) = await reader.ReadAsync(user, access, home, section, cancellationToken);
            var unreadShown = await marks.GetUnreadAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), data.Items, cancellationToken);
            widgets.Add(new HomeWidget(home.WidgetId, section.Name, PortalHomeSections.WidgetComponent)
            {
                Order = home.Order,
                Icon = home.Icon,
                Width = home.Width,
                MoreUrl = "/sections/" + Uri.EscapeDataString(section.Code),
                Badge = unread > 0 ? unread.ToString(CultureInfo.InvariantCulture) : null,
                BadgeLabel = unread > 0 ? string.Format(CultureInfo.InvariantCulture, "有 {0} 条未读", unread) : null,
                Arguments = new { code = home.Code },
                BodyCacheKey = key + "|unread:" + string.Join(',', unreadShown.Order(StringComparer.Ordinal)),
            });
        }

        return widgets;
    }
}
