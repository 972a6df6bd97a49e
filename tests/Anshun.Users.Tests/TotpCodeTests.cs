using System.Text;
using Anshun.Testing;
using Anshun.Users.Services;

namespace Anshun.Users.Tests;

/// <summary>RFC 6238 appendix B (SHA-1) vectors, truncated to the 6 digits authenticator apps show.</summary>
public sealed class TotpCodeTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void SiteAndTestAuthenticatorMatchTheRfcVectors(long unixTime, string expected)
    {
        var step = TotpCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixTime));

        Assert.Equal(expected, TotpCode.Compute(RfcKey, step));
        Assert.Equal(expected, Totp.Code(RfcKey, step));
    }

    [Fact]
    public void Base32DecodesWhatAuthenticatorAppsAreGiven()
    {
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is the Base32 form of the RFC key.
        var decoded = Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq");

        Assert.Equal(RfcKey, decoded);
        Assert.Equal(RfcKey, Totp.DecodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Null(Base32.Decode("not base32!"));
    }
}
