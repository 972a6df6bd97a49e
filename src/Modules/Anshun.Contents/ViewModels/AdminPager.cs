namespace Anshun.Contents.ViewModels;

/// <summary>A pager: current page, page count and how to link another page.</summary>
public sealed record AdminPager(int Page, int TotalPages, Func<int, string> Url)
{
    private const int Around = 3;

    /// <summary>The page numbers to show: the first, the last, and a few around the current one; 0 marks a gap.</summary>
    public IEnumerable<int> Numbers()
    {
        var last = 0;
        for (var i = 1; i <= TotalPages; i++)
        {
            if (i == 1 || i == TotalPages || Math.Abs(i - Page) <= Around)
            {
                if (last != 0 && i - last > 1)
                {
                    yield return 0;
                }

                last = i;
                yield return i;
            }
        }
    }
}
