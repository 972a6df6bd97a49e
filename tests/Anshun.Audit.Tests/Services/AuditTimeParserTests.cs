using Anshun.Audit.Services;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditTimeParserTests
{
    [Fact]
    public void DateIsABeijingDayWholeWhenItIsTheEnd()
    {
        Assert.True(AuditTimeParser.TryParse("2026-03-02", isEnd: false, out var from));
        Assert.True(AuditTimeParser.TryParse("2026-03-02", isEnd: true, out var to));

        Assert.Equal(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 3, 2, 16, 0, 0, DateTimeKind.Utc), to);
    }

    [Theory]
    [InlineData("2026-03-02T09:30:00", 1, 30)]
    [InlineData("2026-03-02T09:30:00Z", 9, 30)]
    [InlineData("2026-03-02T09:30:00+08:00", 1, 30)]
    public void TimeWithoutOffsetIsBeijingTime(string text, int utcHour, int minute)
    {
        Assert.True(AuditTimeParser.TryParse(text, isEnd: false, out var utc));

        Assert.Equal(new DateTime(2026, 3, 2, utcHour, minute, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData("昨天")]
    [InlineData("2026-13-40")]
    public void NonsenseIsRefused(string text)
    {
        Assert.False(AuditTimeParser.TryParse(text, isEnd: false, out _));
    }

    [Fact]
    public void EmptyMeansNoBound()
    {
        Assert.True(AuditTimeParser.TryParse(" ", isEnd: false, out var utc));
        Assert.Null(utc);
    }
}
