using Anshun.AdminTheme.Services;

namespace Anshun.Themes.Tests.Services;

public sealed class ChineseDateTextTests
{
    [Fact]
    public void LongDateHasChineseWeekday()
    {
        Assert.Equal("2026年5月3日 星期日", ChineseDateText.LongDate(new DateTime(2026, 5, 3, 10, 0, 0)));
        Assert.Equal("2026年12月31日 星期四", ChineseDateText.LongDate(new DateTime(2026, 12, 31)));
    }

    [Theory]
    [InlineData(6, "早上好")]
    [InlineData(10, "上午好")]
    [InlineData(12, "中午好")]
    [InlineData(15, "下午好")]
    [InlineData(20, "晚上好")]
    [InlineData(2, "晚上好")]
    public void GreetingFollowsTheHour(int hour, string expected)
    {
        Assert.Equal(expected, ChineseDateText.Greeting(new DateTime(2026, 5, 4, hour, 30, 0)));
    }
}
