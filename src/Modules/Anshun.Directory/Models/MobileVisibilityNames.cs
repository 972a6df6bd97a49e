namespace Anshun.StaffDirectory.Models;

/// <summary>Chinese names and API values of <see cref="MobileVisibility"/>.</summary>
public static class MobileVisibilityNames
{
    public static IReadOnlyList<MobileVisibility> All { get; } = [MobileVisibility.Everyone, MobileVisibility.SameUnit, MobileVisibility.Nobody];

    public static string DisplayName(MobileVisibility visibility) => visibility switch
    {
        MobileVisibility.Everyone => "所有人",
        MobileVisibility.SameUnit => "本单位",
        _ => "不公开",
    };

    public static string Describe(MobileVisibility visibility) => visibility switch
    {
        MobileVisibility.Everyone => "所有登录用户都能看到并按手机号检索到您。",
        MobileVisibility.SameUnit => "只有与您同一单位（含本单位内设科室）的同事能看到您的手机号。",
        _ => "除您本人外，任何人都看不到您的手机号，也无法按手机号检索到您。",
    };

    /// <summary>The value used in the JSON API: <c>everyone</c>, <c>sameUnit</c>, <c>nobody</c>.</summary>
    public static string ApiValue(MobileVisibility visibility) => visibility switch
    {
        MobileVisibility.Everyone => "everyone",
        MobileVisibility.SameUnit => "sameUnit",
        _ => "nobody",
    };

    public static bool TryParse(string? value, out MobileVisibility visibility)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(value, ApiValue(candidate), StringComparison.OrdinalIgnoreCase) || value == DisplayName(candidate))
            {
                visibility = candidate;
                return true;
            }
        }

        visibility = default;
        return false;
    }
}
