using Anshun.PortalTheme.Models;

namespace Anshun.PortalTheme.Services;

/// <summary>上移/下移 in the 定制首页 form: buttons, not dragging, so keyboard and screen reader users can reorder.</summary>
public static class WidgetMove
{
    /// <summary>Applies <c>up:id</c> or <c>down:id</c> to the list; returns the moved widget's id, or null for another command.</summary>
    public static string? Apply(List<WidgetChoice> choices, string? command)
    {
        if (command is null)
        {
            return null;
        }

        var (step, id) = command.StartsWith("up:", StringComparison.Ordinal) ? (-1, command[3..])
            : command.StartsWith("down:", StringComparison.Ordinal) ? (1, command[5..])
            : (0, "");
        var index = choices.FindIndex(c => c.WidgetId == id);
        if (step == 0 || index < 0)
        {
            return null;
        }

        var target = index + step;
        if (target >= 0 && target < choices.Count)
        {
            (choices[index], choices[target]) = (choices[target], choices[index]);
        }

        return id;
    }

    /// <summary>The element id of a widget's row in the form, so the page reopens with focus on it.</summary>
    public static string AnchorOf(string widgetId) => "pref-" + widgetId.Replace('.', '-');
}
