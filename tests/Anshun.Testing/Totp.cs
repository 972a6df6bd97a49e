using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Anshun.Testing;

/// <summary>
/// An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from a Base32 key,
/// written independently of the site's implementation so the two check each other.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(string base32Key, DateTimeOffset time) => Code(base32Key, StepAt(time));

    public static string Code(string base32Key, long step) => Code(DecodeBase32(base32Key), step);

    public static string Code(byte[] key, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] DecodeBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        long buffer = 0;
        var bits = 0;
        foreach (var c in clean)
        {
            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new FormatException($"Not Base32: '{c}'.");
            }

            buffer = (buffer << 5) | (uint)index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }

        return [.. bytes];
    }
}
