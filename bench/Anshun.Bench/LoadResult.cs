using System.Diagnostics;

namespace Anshun.Bench;

/// <summary>Sorted latencies (Stopwatch ticks) of one measured phase.</summary>
public sealed record LoadResult(long[] SortedTicks, int Errors, TimeSpan Elapsed)
{
    public int Requests => SortedTicks.Length;

    /// <summary>Latency at a percentile, in milliseconds (nearest rank).</summary>
    public double Percentile(double percentile)
    {
        if (SortedTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * SortedTicks.Length) - 1;
        return SortedTicks[Math.Clamp(rank, 0, SortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
