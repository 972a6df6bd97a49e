namespace Anshun.Core.Time;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai (北京时间).</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime shanghaiLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(shanghaiLocal, DateTimeKind.Unspecified), Zone);

    /// <summary>yyyy-MM-dd HH:mm in Beijing time.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm");

    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // China has no daylight saving time: a fixed offset is exact where tzdata is missing.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "北京时间", "北京时间");
        }
    }
}
