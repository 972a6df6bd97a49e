using System.Security.Claims;
using Anshun.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Anshun.Core.Navigation;

public sealed class NavigationManager(IEnumerable<INavigationProvider> providers, IAuthorizationService authorization)
    : INavigationManager
{
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string menuName, ClaimsPrincipal user)
    {
        var builder = new NavigationBuilder();
        foreach (var provider in providers)
        {
            await provider.BuildNavigationAsync(menuName, builder, user, CancellationToken.None);
        }

        return await TrimAsync(builder.Items, user);
    }

    private async Task<List<MenuItem>> TrimAsync(IEnumerable<MenuItem> items, ClaimsPrincipal user)
    {
        var result = new List<MenuItem>();
        foreach (var item in items.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal))
        {
            if (item.Permission is { } permission && !await authorization.HasPermissionAsync(user, permission))
            {
                continue;
            }

            var children = await TrimAsync(item.Children, user);
            if (item.Children.Count > 0 && children.Count == 0 && item.Url is null)
            {
                continue;
            }

            var copy = new MenuItem { Text = item.Text, Url = item.Url, Icon = item.Icon, Position = item.Position, Permission = item.Permission };
            copy.Children.AddRange(children);
            result.Add(copy);
        }

        return result;
    }
}
