using System.Text.Encodings.Web;
using Anshun.Core.Portal;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Rendered home widget bodies, reused by every request whose widget carries the same
/// <see cref="HomeWidget.BodyCacheKey"/> (singleton). Rendering the view components is most of the
/// home page's work; with it cached, a request renders only the page around them.
/// </summary>
public sealed class HomeWidgetBodyCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public async Task<IHtmlContent> GetOrRenderAsync(HomeWidget widget, Func<Task<IHtmlContent>> render)
    {
        if (widget.BodyCacheKey is null)
        {
            return await render();
        }

        var key = "portal|widgetbody|" + widget.Id + "|" + widget.BodyCacheKey;
        if (cache.TryGetValue(key, out HtmlString? cached) && cached is not null)
        {
            return cached;
        }

        using var writer = new StringWriter();
        (await render()).WriteTo(writer, HtmlEncoder.Default);
        var html = new HtmlString(writer.ToString());
        cache.Set(key, html, Lifetime);
        return html;
    }
}
