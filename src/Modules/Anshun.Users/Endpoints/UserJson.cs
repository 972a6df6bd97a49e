using Anshun.Core.Security;
using Anshun.Users.Models;

namespace Anshun.Users.Endpoints;

/// <summary>How users appear in the JSON API.</summary>
public static class UserJson
{
    public static object Item(UserListItem item) => new
    {
        id = item.Id,
        userName = item.UserName,
        displayName = item.DisplayName,
        email = item.Email,
        isEnabled = item.IsEnabled,
        secretLevel = item.SecretLevel.ToString(),
        secretLevelName = SecretLevelNames.DisplayName(item.SecretLevel),
        lockedOutUntil = item.LockedOutUntilUtc,
        totpEnabled = item.TotpEnabled,
        roles = item.RoleNames,
        unit = item.PrimaryUnitName,
        position = item.Position,
        lastLoginUtc = item.LastLoginUtc,
    };

    public static object Detail(UserDetail detail) => new
    {
        id = detail.User.Id,
        userName = detail.User.UserName,
        displayName = detail.User.DisplayName,
        email = detail.User.Email,
        officePhone = detail.User.OfficePhone,
        mobile = detail.User.Mobile,
        isEnabled = detail.User.IsEnabled,
        mustChangePassword = detail.User.MustChangePassword,
        secretLevel = detail.User.SecretLevel.ToString(),
        secretLevelName = SecretLevelNames.DisplayName(detail.User.SecretLevel),
        totpEnabled = detail.User.TwoFactorEnabled,
        lockedOutUntil = detail.LockedOutUntilUtc,
        createdUtc = detail.User.CreatedUtc,
        lastLoginUtc = detail.User.LastLoginUtc,
        passwordChangedUtc = detail.User.PasswordChangedUtc,
        roles = detail.Roles.Select(r => r.Name),
        units = detail.Units.Select(u => new
        {
            unitId = u.Membership.UnitId,
            code = u.Unit?.Code,
            name = u.Unit?.Name,
            position = u.Membership.Position,
            primary = u.Membership.IsPrimary,
        }),
        leader = detail.Leader is null ? null : new { id = detail.Leader.Id, userName = detail.Leader.UserName, displayName = detail.Leader.DisplayName },
    };
}
