using System.Text.RegularExpressions;
using Anshun.OpenId.Models;
using Anshun.Users.Models;
using Anshun.Users.Services;

namespace Anshun.OpenId.Services;

/// <summary>
/// Checks a client registration: id format, name, type and flows, absolute redirect URIs (https except
/// loopback), and roles that exist and respect 三员分立 (a client may not span two remits).
/// </summary>
public sealed partial class OpenIdClientValidator(RoleCatalog roles)
{
    public const string Confidential = "confidential";
    public const string Public = "public";

    public async Task<Dictionary<string, string[]>> ValidateAsync(OpenIdClientInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.ClientId) || !ClientIdPattern().IsMatch(input.ClientId))
        {
            errors["clientId"] = ["客户端标识必填，只能由 3 至 100 个字母、数字、点、下划线或连字符组成。"];
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 100)
        {
            errors["displayName"] = ["请填写显示名称（不超过 100 个字）。"];
        }

        if (input.Type is not (Confidential or Public))
        {
            errors["type"] = ["客户端类型只能是机密客户端（confidential）或公开客户端（public）。"];
        }

        if (!input.AllowAuthorizationCode && !input.AllowClientCredentials)
        {
            errors["flows"] = ["请至少选择一种授权方式：授权码或客户端凭据。"];
        }
        else if (input.AllowClientCredentials && input.Type == Public)
        {
            errors["flows"] = ["公开客户端没有密钥，不能使用客户端凭据方式。"];
        }
        else if (input.AllowRefreshToken && !input.AllowAuthorizationCode)
        {
            errors["flows"] = ["刷新令牌只能与授权码方式一起使用。"];
        }

        CheckUris(errors, "redirectUris", "回调地址", input.RedirectUris);
        CheckUris(errors, "postLogoutRedirectUris", "退出后跳转地址", input.PostLogoutRedirectUris);
        if (input.AllowAuthorizationCode && (input.RedirectUris is null || input.RedirectUris.Count == 0) && !errors.ContainsKey("redirectUris"))
        {
            errors["redirectUris"] = ["使用授权码方式时，请至少填写一个回调地址。"];
        }

        await CheckRolesAsync(errors, input, cancellationToken);
        return errors;
    }

    private static void CheckUris(Dictionary<string, string[]> errors, string field, string label, IReadOnlyList<string>? uris)
    {
        foreach (var text in uris ?? [])
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Fragment))
            {
                errors[field] = [$"{label}“{text}”不是有效的绝对地址（须以 https:// 开头，且不能含 # 片段）。"];
                return;
            }

            if (uri.Scheme == "http" && !uri.IsLoopback)
            {
                errors[field] = [$"{label}“{text}”必须使用 https，只有本机地址（localhost、127.0.0.1）可以使用 http。"];
                return;
            }
        }
    }

    private async Task CheckRolesAsync(Dictionary<string, string[]> errors, OpenIdClientInput input, CancellationToken cancellationToken)
    {
        var names = input.Roles ?? [];
        if (names.Count > 0 && !input.AllowClientCredentials)
        {
            errors["roles"] = ["只有使用客户端凭据方式的应用才能分配角色。"];
            return;
        }

        var found = new List<(AnshunRole Role, IEnumerable<string> Permissions)>();
        foreach (var name in names)
        {
            if (await roles.FindByNameAsync(name, cancellationToken) is not { } role)
            {
                errors["roles"] = [$"角色“{name}”不存在。"];
                return;
            }

            found.Add((role, await roles.GetPermissionsAsync(role.Id, cancellationToken)));
        }

        if (roles.CheckUser(input.DisplayName?.Trim() ?? input.ClientId ?? "", found) is { } remitError)
        {
            errors["roles"] = [remitError.Replace("用户“", "应用“", StringComparison.Ordinal)];
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$")]
    private static partial Regex ClientIdPattern();
}
