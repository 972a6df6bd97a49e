using System.Text;

namespace Anshun.StaffDirectory.Pinyin;

/// <summary>
/// Turns a name into its <see cref="PinyinName"/>: ideographs by the pinyin table, runs of other
/// letters and digits passed through in lower case, everything else (spaces, ·) dropped.
/// </summary>
public sealed class PinyinConverter(PinyinTable table)
{
    public static PinyinConverter Shared { get; } = new(PinyinTable.Shared);

    /// <summary>A person's name: a leading heteronym surname (单, 解, 曾, 尉迟…) takes its surname reading.</summary>
    public PinyinName ConvertPersonName(string name) => Convert(name, SurnameReadings.For(name.Trim()));

    /// <summary>Any text with the default reading of every character.</summary>
    public PinyinName Convert(string text) => Convert(text, []);

    private PinyinName Convert(string text, IReadOnlyList<string> leadingReadings)
    {
        text = text.Trim();
        var syllables = new List<IReadOnlyList<string>>();
        var run = new StringBuilder();
        var ideographIndex = 0;
        foreach (var character in text)
        {
            var readings = table.ReadingsOf(character);
            if (readings.Count > 0)
            {
                FlushRun(run, syllables);
                syllables.Add(ideographIndex < leadingReadings.Count && syllables.Count == ideographIndex
                    ? Prefer(leadingReadings[ideographIndex], readings)
                    : readings);
                ideographIndex++;
            }
            else if (char.IsLetterOrDigit(character))
            {
                run.Append(char.ToLowerInvariant(character));
            }
            else
            {
                FlushRun(run, syllables);
            }
        }

        FlushRun(run, syllables);
        if (syllables.Count == 0)
        {
            return PinyinName.Empty;
        }

        return new PinyinName(
            syllables,
            string.Concat(syllables.Select(s => s[0])),
            string.Concat(syllables.Select(s => s[0][0])));
    }

    private static IReadOnlyList<string> Prefer(string reading, IReadOnlyList<string> readings) =>
        [reading, .. readings.Where(r => r != reading)];

    private static void FlushRun(StringBuilder run, List<IReadOnlyList<string>> syllables)
    {
        if (run.Length > 0)
        {
            syllables.Add([run.ToString()]);
            run.Clear();
        }
    }
}
