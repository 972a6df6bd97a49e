using System.Globalization;

namespace Anshun.Search.Indexing;

/// <summary>
/// Where a node's index stands in the task log (游标). Stored in the Lucene commit's user data with the
/// documents it describes, so index and cursor always agree after a crash. <see cref="Position"/> is the
/// highest id with no unapplied id below it; tasks past a gap are applied at once and the gap is
/// remembered until its task appears or it is older than <see cref="GapTimeout"/> (a rolled-back insert).
/// </summary>
public sealed record SearchCursor
{
    public const string HighKey = "anshun.high";
    public const string GapsKey = "anshun.gaps";
    public const string RebuildKey = "anshun.rebuild";

    /// <summary>Gaps kept at most; a jump of more ids than this is taken as rolled-back inserts.</summary>
    public const int MaxGaps = 1000;

    /// <summary>Ids below the first task a new node sees that it still waits for (see <see cref="Applied"/>).</summary>
    public const int FirstTaskWindow = 100;

    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A node that has applied nothing yet.</summary>
    public static SearchCursor Start { get; } = new();

    /// <summary>The highest task id applied.</summary>
    public long High { get; init; }

    /// <summary>Ids below <see cref="High"/> not seen yet, lowest first.</summary>
    public IReadOnlyList<SearchGap> Gaps { get; init; } = [];

    public PendingRebuild? Rebuild { get; init; }

    public long Position => Gaps.Count > 0 ? Gaps[0].TaskId - 1 : High;

    public List<long> GapIds() => Gaps.Select(g => g.TaskId).ToList();

    /// <summary>The cursor after applying task <paramref name="taskId"/> (ids arrive in ascending order, gap ids first).</summary>
    public SearchCursor Applied(long taskId, DateTime nowUtc)
    {
        if (taskId <= High)
        {
            return Gaps.Any(g => g.TaskId == taskId) ? this with { Gaps = Gaps.Where(g => g.TaskId != taskId).ToList() } : this;
        }

        // A node that has seen nothing cannot tell where the log starts (old tasks are pruned), but a task just
        // below its first one may still be in flight: it keeps a short window of such ids as gaps.
        var missing = High == 0 ? Math.Min(taskId - 1, FirstTaskWindow) : taskId - High - 1;
        if (missing == 0)
        {
            return this with { High = taskId };
        }

        var gaps = Gaps.ToList();
        for (var id = taskId - Math.Min(missing, MaxGaps); id < taskId; id++)
        {
            gaps.Add(new SearchGap(id, nowUtc));
        }

        return this with { High = taskId, Gaps = gaps.Count > MaxGaps ? gaps.Skip(gaps.Count - MaxGaps).ToList() : gaps };
    }

    /// <summary>Forgets gaps older than <see cref="GapTimeout"/>: their inserts rolled back.</summary>
    public SearchCursor WithoutExpiredGaps(DateTime nowUtc) =>
        Gaps.Any(g => nowUtc - g.FirstSeenUtc > GapTimeout)
            ? this with { Gaps = Gaps.Where(g => nowUtc - g.FirstSeenUtc <= GapTimeout).ToList() }
            : this;

    public IReadOnlyDictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [HighKey] = High.ToString(CultureInfo.InvariantCulture),
            [GapsKey] = string.Join(';', Gaps.Select(g =>
                g.TaskId.ToString(CultureInfo.InvariantCulture) + ":" + g.FirstSeenUtc.Ticks.ToString(CultureInfo.InvariantCulture))),
        };
        if (Rebuild is { } rebuild)
        {
            data[RebuildKey] = rebuild.TaskId.ToString(CultureInfo.InvariantCulture) + ":" + rebuild.ReplayAfter.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    /// <summary>The cursor committed with an index, or null when the index has none (new, or built before cursors).</summary>
    public static SearchCursor? FromUserData(IReadOnlyDictionary<string, string> data)
    {
        if (!data.TryGetValue(HighKey, out var high) || !long.TryParse(high, CultureInfo.InvariantCulture, out var highId))
        {
            return null;
        }

        var gaps = new List<SearchGap>();
        foreach (var entry in (data.GetValueOrDefault(GapsKey) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryPair(entry, out var id, out var ticks))
            {
                gaps.Add(new SearchGap(id, new DateTime(ticks, DateTimeKind.Utc)));
            }
        }

        PendingRebuild? rebuild = null;
        if (data.GetValueOrDefault(RebuildKey) is { } pending && TryPair(pending, out var taskId, out var replayAfter))
        {
            rebuild = new PendingRebuild(taskId, replayAfter);
        }

        return new SearchCursor { High = highId, Gaps = gaps.OrderBy(g => g.TaskId).ToList(), Rebuild = rebuild };
    }

    private static bool TryPair(string text, out long first, out long second)
    {
        second = 0;
        var parts = text.Split(':');
        return long.TryParse(parts[0], CultureInfo.InvariantCulture, out first)
            && parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out second);
    }

    public override string ToString() => $"cursor {Position}, high {High}, gaps {Gaps.Count}";
}
