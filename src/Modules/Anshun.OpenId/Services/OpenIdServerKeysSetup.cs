using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Anshun.OpenId.Services;

/// <summary>Gives the OpenIddict server the persisted keys (never development certificates).</summary>
public sealed class OpenIdServerKeysSetup(OpenIdKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var signing = keys.GetSigningKey();
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        var encryption = keys.GetEncryptionKey();
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
