using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Api;

/// <summary>The JSON of <c>GET/PUT /api/directory/privacy</c>.</summary>
public sealed record PrivacyJson(string MobileVisibility, string DisplayName, string Description)
{
    public static PrivacyJson From(MobileVisibility visibility) => new(
        MobileVisibilityNames.ApiValue(visibility),
        MobileVisibilityNames.DisplayName(visibility),
        MobileVisibilityNames.Describe(visibility));
}
