using Anshun.Core.Recipes;
using Anshun.OpenId.Models;
using Anshun.OpenId.Services;

namespace Anshun.OpenId.Recipes;

/// <summary>
/// <c>{ "name": "OpenIdApplication", "clientId", "displayName", "type": "confidential"|"public", "clientSecret",
/// "redirectUris": [], "postLogoutRedirectUris": [], "allowAuthorizationCode", "allowClientCredentials",
/// "allowRefreshToken", "roles": [] }</c>: creates the client, or updates it when the client id exists.
/// A confidential client needs <c>clientSecret</c> (agreed with the other system; at least 16 characters).
/// </summary>
public sealed class OpenIdApplicationStep(OpenIdClientService clients) : IRecipeStepHandler
{
    public string StepName => "OpenIdApplication";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var input = context.Read<OpenIdClientInput>();
        var secret = context.Step["clientSecret"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(input.ClientId))
        {
            throw new RecipeStepException("缺少“clientId”（客户端标识）。");
        }

        if (input.Type == OpenIdClientValidator.Confidential && secret is not null && secret.Length < 16)
        {
            throw new RecipeStepException($"应用“{input.ClientId}”的“clientSecret”（客户端密钥）至少需要 16 个字符。");
        }

        var existing = await clients.FindAsync(input.ClientId, cancellationToken);
        if (existing is null && input.Type == OpenIdClientValidator.Confidential && secret is null)
        {
            throw new RecipeStepException($"机密客户端“{input.ClientId}”须在“clientSecret”中提供客户端密钥。");
        }

        var result = existing is null
            ? await clients.CreateAsync(input, secret, cancellationToken)
            : await clients.UpdateAsync(input.ClientId, input, cancellationToken);
        if (result is { Errors: { } errors })
        {
            var (field, messages) = errors.First();
            throw new RecipeStepException($"应用“{input.ClientId}”的“{field}”：{messages[0]}");
        }

        if (existing is not null && secret is not null && existing.Type == OpenIdClientValidator.Confidential)
        {
            await clients.SetSecretAsync(input.ClientId, secret, cancellationToken);
        }
    }
}
