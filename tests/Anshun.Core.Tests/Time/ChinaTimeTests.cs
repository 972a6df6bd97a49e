using Anshun.Core.Time;

namespace Anshun.Core.Tests.Time;

public sealed class ChinaTimeTests
{
    [Fact]
    public void FormatShowsBeijingTime()
    {
        Assert.Equal("2026-03-02 09:30", ChinaTime.Format(new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void FormatCrossesMidnightIntoTheNextDay()
    {
        Assert.Equal("2027-01-01 00:05", ChinaTime.Format(new DateTime(2026, 12, 31, 16, 5, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void SummerTimeDoesNotApply()
    {
        Assert.Equal("2026-07-15 20:00", ChinaTime.Format(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void ValueWithoutKindIsTakenAsUtc()
    {
        Assert.Equal("2026-03-02 09:30", ChinaTime.Format(new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void MissingValueFormatsAsEmpty()
    {
        Assert.Equal("", ChinaTime.Format((DateTime?)null));
        Assert.Equal("2026-03-02 09:30", ChinaTime.Format((DateTime?)new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void ToUtcIsTheInverseOfFromUtc()
    {
        var utc = new DateTime(2026, 3, 2, 17, 45, 0, DateTimeKind.Utc);

        var beijing = ChinaTime.FromUtc(utc);
        var back = ChinaTime.ToUtc(beijing);

        Assert.Equal(new DateTime(2026, 3, 3, 1, 45, 0), beijing);
        Assert.Equal(utc, back);
        Assert.Equal(DateTimeKind.Utc, back.Kind);
    }

    [Fact]
    public void ZoneIsEightHoursAheadAllYear()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
