using System.Globalization;
using System.Text;

namespace Anshun.PortalTheme.ViewModels;

/// <summary>The signed-in person as the portal shows them: name, units and positions, account facts.</summary>
/// <param name="RoleDisplayNames">Empty when the users module does not offer role names.</param>
public sealed record StaffProfile(
    string UserId,
    string UserName,
    string DisplayName,
    IReadOnlyList<UnitPosition> Units,
    IReadOnlyList<string> RoleDisplayNames,
    string? Email,
    string? OfficePhone,
    string? SecretLevelName,
    DateTime? LastLoginUtc)
{
    /// <summary>Writes every fact the portal shows of the person, so two equal keys show the same profile.</summary>
    public void AppendKey(StringBuilder key)
    {
        key.Append(UserId).Append('\u001f').Append(UserName).Append('\u001f').Append(DisplayName).Append('\u001f')
            .Append(Email).Append('\u001f').Append(OfficePhone).Append('\u001f').Append(SecretLevelName).Append('\u001f')
            .Append(LastLoginUtc?.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\u001f');
        foreach (var unit in Units)
        {
            key.Append(unit.UnitName).Append('\u001f').Append(unit.ParentName).Append('\u001f').Append(unit.Position).Append('\u001f')
                .Append(unit.IsPrimary ? '1' : '0').Append('\u001f');
        }

        key.Append('\u001e').AppendJoin('\u001f', RoleDisplayNames).Append('\u001e');
    }

    /// <summary>The profile's key alone, for the 我的信息 widget's body.</summary>
    public string CacheKey()
    {
        var key = new StringBuilder(256);
        AppendKey(key);
        return key.ToString();
    }
}
