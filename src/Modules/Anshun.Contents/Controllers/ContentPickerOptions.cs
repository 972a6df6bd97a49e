using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Time;

namespace Anshun.Contents.Controllers;

/// <summary>The choices of a 关联内容 field: recent published items of the allowed types, plus the ones already chosen.</summary>
public sealed class ContentPickerOptions(IContentQuery query, IContentManager manager)
{
    private const int PerType = 100;

    public async Task<IReadOnlyList<AdminOption>> GetAsync(
        ClaimsPrincipal user, ContentFieldDefinition field, IReadOnlyList<string> selected, CancellationToken cancellationToken)
    {
        var types = field.Options.Count == 0 ? [null] : field.Options.Select(o => (string?)o).ToList();
        var result = new List<AdminOption>();
        foreach (var type in types)
        {
            var page = await query.ListPublishedAsync(user, new ContentListQuery { ContentType = type, PageSize = PerType }, cancellationToken);
            result.AddRange(page.Items.Select(i => new AdminOption(i.ContentItemId, i.Title, ChinaTime.Format(i.PublishedUtc))));
        }

        foreach (var id in selected.Where(id => result.All(o => o.Value != id)))
        {
            var item = await manager.GetAsync(user, id, ContentVersionOption.Published, cancellationToken);
            result.Insert(0, new AdminOption(id, item?.Title ?? $"（编号 {id} 的内容已不可用）"));
        }

        return result;
    }
}
