using System.Text;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Writes the directory as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel opens the
/// Chinese text correctly.
/// </summary>
public static class CsvDirectoryWriter
{
    public static byte[] Write(IReadOnlyList<DirectoryListing> listings)
    {
        var builder = new StringBuilder();
        AppendRow(builder, DirectoryColumns.Headers);
        foreach (var listing in listings)
        {
            AppendRow(builder, DirectoryColumns.Values(listing));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(Escape(values[i]));
        }

        builder.Append("\r\n");
    }

    private static string Escape(string value)
    {
        // A cell starting like a formula would run in Excel (CSV injection); a leading apostrophe keeps it text.
        if (value.Length > 0 && (value[0] is '=' or '@' || (value[0] is '+' or '-' && (value.Length == 1 || !char.IsAsciiDigit(value[1])))))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
