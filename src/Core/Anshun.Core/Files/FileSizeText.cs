using System.Globalization;

namespace Anshun.Core.Files;

/// <summary>File sizes for people: 512 字节, 12.3 KB, 50 MB.</summary>
public static class FileSizeText
{
    public static string Format(long bytes)
    {
        const double Kb = 1024;
        const double Mb = Kb * 1024;
        const double Gb = Mb * 1024;
        return bytes switch
        {
            < 1024 => $"{bytes} 字节",
            < 1024 * 1024 => Number(bytes / Kb) + " KB",
            < 1024L * 1024 * 1024 => Number(bytes / Mb) + " MB",
            _ => Number(bytes / Gb) + " GB",
        };
    }

    private static string Number(double value) =>
        value.ToString(value >= 100 || Math.Abs(value - Math.Round(value)) < 0.05 ? "0" : "0.#", CultureInfo.InvariantCulture);
}
