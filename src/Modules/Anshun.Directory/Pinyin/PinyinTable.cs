using System.Reflection;

namespace Anshun.StaffDirectory.Pinyin;

/// <summary>
/// 汉字拼音表: each ideograph's readings, the default first, as plain ASCII (tones stripped, ü as v).
/// Loaded once from the embedded table that tools/pinyin/generate.py derives from Unihan_Readings.txt.
/// </summary>
public sealed class PinyinTable
{
    private const string ResourceName = "Anshun.Directory.pinyin.txt";
    private static readonly Lazy<PinyinTable> _shared = new(LoadEmbedded);
    private readonly Dictionary<char, string[]> _readings;

    private PinyinTable(Dictionary<char, string[]> readings) => _readings = readings;

    /// <summary>The table shipped with the module.</summary>
    public static PinyinTable Shared => _shared.Value;

    public int Count => _readings.Count;

    /// <summary>The character's readings, default first; empty when it is not an ideograph in the table.</summary>
    public IReadOnlyList<string> ReadingsOf(char character) =>
        _readings.TryGetValue(character, out var readings) ? readings : [];

    /// <summary>Parses the generated format: <c>reading\tchars</c> lines, then <c>*char\tother,readings</c> lines.</summary>
    public static PinyinTable Parse(TextReader reader)
    {
        var defaults = new Dictionary<char, string>();
        var others = new Dictionary<char, string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 1)
            {
                throw new FormatException($"拼音表格式错误：“{line}”。");
            }

            if (line[0] == '*')
            {
                others[line[1]] = line[(tab + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var reading = line[..tab];
            foreach (var character in line.AsSpan(tab + 1))
            {
                defaults[character] = reading;
            }
        }

        var readings = new Dictionary<char, string[]>(defaults.Count);
        foreach (var (character, reading) in defaults)
        {
            readings[character] = others.TryGetValue(character, out var more) ? [reading, .. more] : [reading];
        }

        return new PinyinTable(readings);
    }

    private static PinyinTable LoadEmbedded()
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源 {ResourceName}。");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
