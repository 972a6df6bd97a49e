using System.Globalization;
using Anshun.Core.Time;

namespace Anshun.Audit.Services;

/// <summary>
/// Reads the bounds of a time filter. A bare date (<c>2026-03-01</c>) is a day in Beijing time: as
/// a start it means 00:00 of that day, as an end the whole day is included. A time without an offset is
/// Beijing time; one with <c>Z</c> or an offset is taken as given.
/// </summary>
public static class AuditTimeParser
{
    public static bool TryParse(string? text, bool isEnd, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
            utc = isEnd ? start.AddDays(1) : start;
            return true;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return false;
        }

        utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => ChinaTime.ToUtc(value),
        };
        return true;
    }
}
