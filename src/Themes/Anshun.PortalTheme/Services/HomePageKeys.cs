using System.Globalization;
using System.Text;
using Anshun.AdminTheme.Services;
using Anshun.PortalTheme.ViewModels;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// The <see cref="HomePageCache"/> key of a home page: the person, today's greeting, the profile, the
/// layout's state and each widget with its body's cache key. Null when the page must be rendered afresh:
/// a widget whose body declares no cache key. The page holds no antiforgery token (nothing on it posts
/// with one), so one person's page serves all their browsers.
/// </summary>
public sealed class HomePageKeys(PortalFrame frame)
{
    private const char FieldEnd = '\u001f';
    private const char RecordEnd = '\u001e';

    public async Task<string?> BuildAsync(PortalHomeViewModel model, CancellationToken cancellationToken = default)
    {
        if (model.Profile.UserId.Length == 0 || model.Widgets.Any(w => w.Visible && w.Widget.BodyCacheKey is null))
        {
            return null;
        }

        var key = new StringBuilder(1024)
            .Append(model.Profile.UserId).Append(RecordEnd)
            .Append(model.TodayLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(ChineseDateText.Greeting(model.TodayLocal)).Append(RecordEnd);
        (await frame.GetAsync(cancellationToken)).AppendKey(key);
        model.Profile.AppendKey(key);
        foreach (var arranged in model.Widgets)
        {
            var widget = arranged.Widget;
            key.Append(widget.Id).Append(FieldEnd);
            if (arranged.Visible)
            {
                key.Append(widget.Title).Append(FieldEnd).Append(widget.Icon).Append(FieldEnd).Append(widget.MoreUrl).Append(FieldEnd)
                    .Append((int)widget.Width).Append(FieldEnd).Append(widget.Badge).Append(FieldEnd).Append(widget.BadgeLabel).Append(FieldEnd)
                    .Append(widget.BodyCacheKey);
            }

            key.Append(RecordEnd);
        }

        return key.ToString();
    }
}
