using Anshun.OpenId.Models;
using Anshun.OpenId.Services;

namespace Anshun.OpenId.ViewModels;

/// <summary>The register/edit form of a client application; URIs one per line.</summary>
public sealed class OpenIdClientEditViewModel
{
    public bool IsNew { get; set; }

    public string? ClientId { get; set; }

    public string? DisplayName { get; set; }

    public string Type { get; set; } = OpenIdClientValidator.Confidential;

    public string? RedirectUris { get; set; }

    public string? PostLogoutRedirectUris { get; set; }

    public bool AllowAuthorizationCode { get; set; } = true;

    public bool AllowClientCredentials { get; set; }

    public bool AllowRefreshToken { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>Role name and label of every role, for the checkboxes.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AvailableRoles { get; set; } = [];

    public OpenIdClientInput ToInput() => new()
    {
        ClientId = ClientId?.Trim(),
        DisplayName = DisplayName,
        Type = Type,
        RedirectUris = Lines(RedirectUris),
        PostLogoutRedirectUris = Lines(PostLogoutRedirectUris),
        AllowAuthorizationCode = AllowAuthorizationCode,
        AllowClientCredentials = AllowClientCredentials,
        AllowRefreshToken = AllowRefreshToken,
        Roles = Roles,
    };

    public static OpenIdClientEditViewModel From(OpenIdClientInfo client) => new()
    {
        ClientId = client.ClientId,
        DisplayName = client.DisplayName,
        Type = client.Type,
        RedirectUris = string.Join('\n', client.RedirectUris),
        PostLogoutRedirectUris = string.Join('\n', client.PostLogoutRedirectUris),
        AllowAuthorizationCode = client.AllowAuthorizationCode,
        AllowClientCredentials = client.AllowClientCredentials,
        AllowRefreshToken = client.AllowRefreshToken,
        Roles = [.. client.Roles],
    };

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
