using Anshun.Search.Indexing;

namespace Anshun.Search.Tests.Indexing;

public sealed class SearchCursorTests
{
    private static readonly DateTime _now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TasksInOrderMoveThePositionWithoutGaps()
    {
        var cursor = At(4).Applied(5, _now).Applied(6, _now).Applied(7, _now);

        Assert.Equal(7, cursor.Position);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void ANodeThatSawNothingWaitsAMinuteForIdsJustBelowItsFirstTask()
    {
        Assert.Empty(SearchCursor.Start.Applied(1, _now).Gaps);

        var cursor = SearchCursor.Start.Applied(1000, _now);

        Assert.Equal(1000 - SearchCursor.FirstTaskWindow - 1, cursor.Position);
        Assert.Equal(SearchCursor.FirstTaskWindow, cursor.Gaps.Count);
        Assert.Equal(1000, cursor.WithoutExpiredGaps(_now.AddSeconds(61)).Position);
    }

    [Fact]
    public void ASkippedIdHoldsThePositionUntilItsTaskArrives()
    {
        var cursor = At(5).Applied(8, _now);

        Assert.Equal(5, cursor.Position);
        Assert.Equal(8, cursor.High);
        Assert.Equal([6L, 7L], cursor.GapIds());

        cursor = cursor.Applied(6, _now.AddSeconds(2));
        Assert.Equal(6, cursor.Position);
        cursor = cursor.Applied(7, _now.AddSeconds(3));
        Assert.Equal(8, cursor.Position);
        Assert.Empty(cursor.Gaps);
    }

    [Fact]
    public void AGapOlderThanAMinuteIsTakenAsARolledBackInsert()
    {
        var cursor = At(5).Applied(7, _now);

        Assert.Equal(5, cursor.WithoutExpiredGaps(_now.AddSeconds(60)).Position);
        Assert.Equal(7, cursor.WithoutExpiredGaps(_now.AddSeconds(61)).Position);
    }

    [Fact]
    public void UserDataCarriesPositionGapsAndAPendingRebuild()
    {
        var cursor = At(3).Applied(6, _now) with { Rebuild = new PendingRebuild(6, 3) };

        var read = SearchCursor.FromUserData(cursor.ToUserData());

        Assert.NotNull(read);
        Assert.Equal((3L, 6L, new PendingRebuild(6, 3)), (read.Position, read.High, read.Rebuild));
        Assert.Equal([new SearchGap(4, _now), new SearchGap(5, _now)], read.Gaps);
    }

    private static SearchCursor At(long high) => new() { High = high };

    [Fact]
    public void AnIndexWithoutUserDataHasNoCursor()
    {
        Assert.Null(SearchCursor.FromUserData(new Dictionary<string, string>()));
        Assert.Null(SearchCursor.FromUserData(new Dictionary<string, string> { [SearchCursor.HighKey] = "kaputt" }));
    }
}
