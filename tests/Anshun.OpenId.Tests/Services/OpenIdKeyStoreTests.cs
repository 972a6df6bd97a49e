using System.Net;
using Anshun.Testing;

namespace Anshun.OpenId.Tests.Services;

/// <summary>The signing and encryption keys live in the data folder and survive a restart.</summary>
public sealed class OpenIdKeyStoreTests
{
    [Fact]
    public async Task TokenIssuedBeforeRestartStillValidatesAfter()
    {
        AnshunSiteFactory site = new OpenIdSiteFactory();
        try
        {
            string token;
            using (var admin = await site.LoginAsync("admin"))
            {
                var secret = await OpenIdTestClients.RegisterMachineClientAsync(admin, "nightly-sync");
                token = await OpenIdTestClients.GetClientTokenAsync(site, "nightly-sync", secret);
            }

            var keyFile = Path.Combine(site.AppData, "openid", "signing-key.pem");
            var keyBefore = await File.ReadAllTextAsync(keyFile);
            site = await site.RestartAsync();

            using var client = site.CreateBearerClient(token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/org/units")).StatusCode);
            Assert.Equal(keyBefore, await File.ReadAllTextAsync(keyFile));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                    File.GetUnixFileMode(Path.Combine(site.AppData, "openid", "encryption-key.pem")));
            }
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
