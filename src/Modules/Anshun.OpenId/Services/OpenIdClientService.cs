using System.Security.Cryptography;
using System.Text.Json;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.OpenId.Models;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anshun.OpenId.Services;

/// <summary>Registers, edits and deletes client applications (单点登录应用), audited.</summary>
public sealed class OpenIdClientService(
    IOpenIddictApplicationManager applications,
    OpenIdClientValidator validator,
    ClientRoleReader roleReader,
    IDataSession session,
    IAuditLog audit)
{
    public async Task<IReadOnlyList<OpenIdClientInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<OpenIdClientInfo>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            result.Add(await DescribeAsync(application, cancellationToken));
        }

        return [.. result.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    public async Task<OpenIdClientInfo?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await DescribeAsync(application, cancellationToken)
            : null;

    public Task<OpenIdClientSaveResult> CreateAsync(OpenIdClientInput input, CancellationToken cancellationToken) =>
        CreateAsync(input, clientSecret: null, cancellationToken);

    /// <summary>Registers a client; a recipe may bring the secret agreed with the other system, else one is generated.</summary>
    public async Task<OpenIdClientSaveResult> CreateAsync(OpenIdClientInput input, string? clientSecret, CancellationToken cancellationToken)
    {
        var errors = await validator.ValidateAsync(input, cancellationToken);
        if (errors.Count == 0 && await applications.FindByClientIdAsync(input.ClientId!, cancellationToken) is not null)
        {
            errors["clientId"] = [$"客户端标识“{input.ClientId}”已被使用。"];
        }

        if (errors.Count > 0)
        {
            return new OpenIdClientSaveResult(errors, null, null);
        }

        var descriptor = new OpenIddictApplicationDescriptor { ClientId = input.ClientId };
        string? secret = null;
        if (input.Type == OpenIdClientValidator.Confidential)
        {
            secret = clientSecret ?? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            descriptor.ClientSecret = secret;
        }

        Apply(descriptor, input);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        await audit.WriteAsync(new AuditEntry(OpenIdConstants.AuditClientCreated, input.ClientId,
            $"登记单点登录应用“{input.DisplayName!.Trim()}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OpenIdClientSaveResult(null, await DescribeAsync(application, cancellationToken), secret);
    }

    public async Task<OpenIdClientSaveResult?> UpdateAsync(string clientId, OpenIdClientInput input, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var type = await applications.GetClientTypeAsync(application, cancellationToken);
        input = input with { ClientId = clientId, Type = type };
        var errors = await validator.ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return new OpenIdClientSaveResult(errors, null, null);
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.RedirectUris.Clear();
        descriptor.PostLogoutRedirectUris.Clear();
        descriptor.Permissions.Clear();
        descriptor.Requirements.Clear();
        Apply(descriptor, input);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await applications.PopulateAsync(application, descriptor, cancellationToken);
        await applications.UpdateAsync(application, cancellationToken);
        await audit.WriteAsync(new AuditEntry(OpenIdConstants.AuditClientUpdated, clientId,
            $"修改单点登录应用“{input.DisplayName!.Trim()}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OpenIdClientSaveResult(null, await DescribeAsync(application, cancellationToken), null);
    }

    /// <summary>Replaces a confidential client's secret (stored hashed).</summary>
    public async Task SetSecretAsync(string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"应用“{clientId}”不存在。");
        await applications.UpdateAsync(application, clientSecret, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var name = await applications.GetDisplayNameAsync(application, cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        await audit.WriteAsync(new AuditEntry(OpenIdConstants.AuditClientDeleted, clientId,
            $"删除单点登录应用“{name ?? clientId}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void Apply(OpenIddictApplicationDescriptor descriptor, OpenIdClientInput input)
    {
        descriptor.DisplayName = input.DisplayName!.Trim();
        descriptor.ClientType = input.Type == OpenIdClientValidator.Confidential ? ClientTypes.Confidential : ClientTypes.Public;
        descriptor.ApplicationType = ApplicationTypes.Web;
        descriptor.ConsentType = ConsentTypes.Implicit; // registered internal systems: no consent screen
        foreach (var uri in input.RedirectUris ?? [])
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in input.PostLogoutRedirectUris ?? [])
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (input.AllowAuthorizationCode)
        {
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (input.AllowRefreshToken)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        if (input.AllowClientCredentials)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        descriptor.Permissions.Add(Permissions.Prefixes.Scope + OpenIdConstants.ApiScope);
        descriptor.Properties[OpenIdConstants.RolesProperty] = JsonSerializer.SerializeToElement(input.Roles ?? []);
    }

    private async Task<OpenIdClientInfo> DescribeAsync(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return new OpenIdClientInfo(
            await applications.GetClientIdAsync(application, cancellationToken) ?? "",
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            await applications.GetClientTypeAsync(application, cancellationToken) == ClientTypes.Confidential
                ? OpenIdClientValidator.Confidential : OpenIdClientValidator.Public,
            [.. await applications.GetRedirectUrisAsync(application, cancellationToken)],
            [.. await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)],
            permissions.Contains(Permissions.GrantTypes.AuthorizationCode),
            permissions.Contains(Permissions.GrantTypes.ClientCredentials),
            permissions.Contains(Permissions.GrantTypes.RefreshToken),
            await roleReader.GetRoleNamesAsync(application, cancellationToken));
    }
}
