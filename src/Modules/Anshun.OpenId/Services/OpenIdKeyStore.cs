using System.Security.Cryptography;
using Anshun.Core;
using Microsoft.IdentityModel.Tokens;

namespace Anshun.OpenId.Services;

/// <summary>
/// The server's RSA signing and encryption keys (签名密钥、加密密钥), generated on first start and kept as
/// PEM files under <c>App_Data/openid/</c>, readable by the site's account only. Every node sharing the
/// folder uses the same keys, so a token issued by one node validates on the others and after a restart.
/// </summary>
public sealed class OpenIdKeyStore(AppDataFolder appData)
{
    public const string SigningFile = "signing-key.pem";
    public const string EncryptionFile = "encryption-key.pem";

    public string Folder => Path.Combine(appData.Path, "openid");

    public RsaSecurityKey GetSigningKey() => Load(SigningFile);

    public RsaSecurityKey GetEncryptionKey() => Load(EncryptionFile);

    private RsaSecurityKey Load(string fileName)
    {
        Directory.CreateDirectory(Folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var path = Path.Combine(Folder, fileName);
        var rsa = RSA.Create();
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        rsa.ImportFromPem(File.ReadAllText(path));
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>
    /// Writes a new key to a temporary file and moves it into place, so no node ever reads half a key;
    /// when another node got there first its key wins.
    /// </summary>
    private static void TryCreate(string path)
    {
        using var rsa = RSA.Create(3072);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
