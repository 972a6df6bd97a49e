using Anshun.Core.Portal;
using Anshun.PortalTheme.Models;
using Anshun.PortalTheme.ViewModels;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Applies a user's choices to the widgets offered now. Widgets the user has placed keep their
/// order; a widget the user has never seen (a module added later: 会议动态, 待办事宜) appears shown,
/// right after the widget that precedes it in the default order — at its default position.
/// Choices for widgets not offered now are ignored here and kept in the store.
/// </summary>
public static class HomeWidgetArranger
{
    public static IReadOnlyList<ArrangedWidget> Arrange(IReadOnlyList<HomeWidget> offered, IReadOnlyList<WidgetPreference> choices)
    {
        var byId = choices.ToDictionary(c => c.WidgetId, StringComparer.Ordinal);
        var result = offered
            .Where(w => byId.ContainsKey(w.Id))
            .OrderBy(w => byId[w.Id].Position)
            .ToList();

        for (var i = 0; i < offered.Count; i++)
        {
            if (byId.ContainsKey(offered[i].Id))
            {
                continue;
            }

            var insertAt = 0;
            for (var j = i - 1; j >= 0; j--)
            {
                var previous = result.IndexOf(offered[j]);
                if (previous >= 0)
                {
                    insertAt = previous + 1;
                    break;
                }
            }

            result.Insert(insertAt, offered[i]);
        }

        return result.Select(w => new ArrangedWidget(w, !byId.TryGetValue(w.Id, out var choice) || choice.Visible)).ToList();
    }

    /// <summary>
    /// The full list to store: the submitted order, with stored choices the submission did not
    /// mention (widgets not offered now) put back at their old places.
    /// </summary>
    public static IReadOnlyList<WidgetChoice> Merge(IReadOnlyList<WidgetPreference> stored, IReadOnlyList<WidgetChoice> submitted)
    {
        var result = submitted.ToList();
        var mentioned = submitted.Select(c => c.WidgetId).ToHashSet(StringComparer.Ordinal);
        foreach (var (choice, index) in stored.OrderBy(s => s.Position).Select((s, i) => (s, i)))
        {
            if (!mentioned.Contains(choice.WidgetId))
            {
                result.Insert(Math.Min(index, result.Count), new WidgetChoice(choice.WidgetId, choice.Visible));
            }
        }

        return result;
    }
}
