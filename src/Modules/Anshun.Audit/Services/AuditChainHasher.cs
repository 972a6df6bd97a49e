using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anshun.Audit.Models;

namespace Anshun.Audit.Services;

/// <summary>
/// The canonical form of a record and its SHA-256. Every text field is written with its length in
/// front (<c>5:admin</c>) and null as <c>~</c>, so no two different records serialize alike,
/// whatever characters the fields contain.
/// </summary>
public static class AuditChainHasher
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string FormatVersion = "anshun-audit-v1";

    /// <summary>The time as stored: UTC, whole microseconds (PostgreSQL keeps no finer).</summary>
    public static DateTime NormalizeTime(DateTime utc)
    {
        var value = utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc;
        return new DateTime(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);
    }

    public static string Canonical(AuditRecord record)
    {
        var builder = new StringBuilder();
        builder.Append(FormatVersion).Append('\n');
        builder.Append(record.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append(NormalizeTime(record.TimeUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)).Append('\n');
        AppendText(builder, record.EventType);
        AppendText(builder, record.UserName);
        AppendText(builder, record.UserId);
        AppendText(builder, record.ClientIp);
        AppendText(builder, record.Target);
        AppendText(builder, record.Detail);
        builder.Append(record.Succeeded ? '1' : '0').Append('\n');
        builder.Append(record.PreviousHash);
        return builder.ToString();
    }

    public static string ComputeHash(AuditRecord record)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(record)));
        return Convert.ToHexStringLower(bytes);
    }

    private static void AppendText(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("~\n");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
