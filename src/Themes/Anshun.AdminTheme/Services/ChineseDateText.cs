namespace Anshun.AdminTheme.Services;

/// <summary>Dates written the Chinese way: 2026年5月3日 星期日.</summary>
public static class ChineseDateText
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DateTime local) => WeekdayNames[(int)local.DayOfWeek];

    public static string LongDate(DateTime local) => $"{local.Year}年{local.Month}月{local.Day}日 {Weekday(local)}";

    /// <summary>早上好 / 上午好 / 中午好 / 下午好 / 晚上好 by the hour of the local time.</summary>
    public static string Greeting(DateTime local) => local.Hour switch
    {
        >= 5 and < 9 => "早上好",
        >= 9 and < 12 => "上午好",
        >= 12 and < 14 => "中午好",
        >= 14 and < 18 => "下午好",
        _ => "晚上好",
    };
}
