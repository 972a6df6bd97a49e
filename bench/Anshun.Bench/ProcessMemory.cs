using System.Diagnostics;
using System.Globalization;

namespace Anshun.Bench;

/// <summary>The process's working set and managed heap, as the benchmark reports them.</summary>
public sealed record ProcessMemory(long WorkingSetBytes, long GcHeapBytes, long GcCommittedBytes)
{
    /// <summary>Measured now, after a full collection so the heap figure is what is really held.</summary>
    public static ProcessMemory Now()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new ProcessMemory(process.WorkingSet64, GC.GetTotalMemory(false), info.TotalCommittedBytes);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"工作集 {WorkingSetBytes / 1048576.0:F0} MB，GC 堆 {GcHeapBytes / 1048576.0:F0} MB（已提交 {GcCommittedBytes / 1048576.0:F0} MB）");
}
