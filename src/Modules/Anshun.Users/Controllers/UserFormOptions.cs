using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Users.Data;
using Anshun.Users.Services;
using Anshun.Users.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Controllers;

/// <summary>The choices offered by the user forms: roles (with their 三员 remit), units (indented tree) and leaders.</summary>
public sealed class UserFormOptions(UsersDbContext db, RoleCatalog roles, IOrganizationService organization)
{
    private const int MaxLeaders = 2000;

    public async Task<IReadOnlyList<OptionItem>> RolesAsync(CancellationToken cancellationToken)
    {
        var map = await roles.GetPermissionMapAsync(cancellationToken);
        return (await roles.GetRolesAsync(cancellationToken)).Select(r =>
        {
            var remit = roles.RemitOf(map.GetValueOrDefault(r.Id, []));
            return new OptionItem(r.Name!, r.DisplayName, remit == AdminRemit.None ? null : AdminRemitNames.DisplayName(remit));
        }).ToList();
    }

    public async Task<IReadOnlyList<OptionItem>> UnitsAsync(CancellationToken cancellationToken) =>
        (await organization.GetUnitsAsync(cancellationToken))
            .Where(u => u.IsActive)
            .Select(u => new OptionItem(u.Id, new string('　', Math.Max(0, u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length - 1)) + u.Name, u.Code))
            .ToList();

    public async Task<IReadOnlyList<OptionItem>> LeadersAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.IsEnabled).OrderBy(u => u.UserName).Take(MaxLeaders)
            .Select(u => new OptionItem(u.UserName!, u.DisplayName, null)).ToListAsync(cancellationToken);

    public async Task FillAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        model.AvailableRoles = await RolesAsync(cancellationToken);
        model.AvailableUnits = await UnitsAsync(cancellationToken);
        model.AvailableLeaders = await LeadersAsync(cancellationToken);
        model.PadUnits();
    }
}
