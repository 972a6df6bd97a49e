namespace Anshun.StaffDirectory.Pinyin;

/// <summary>
/// Matches typed pinyin against a <see cref="PinyinName"/>. Starting at any syllable, each
/// syllable may be typed in full (any of its readings, so either reading of a 多音字 finds the
/// person) or by its initial (<c>z</c>, or <c>zh</c>/<c>ch</c>/<c>sh</c>) — once by initial, the
/// rest by initials too — and the last full one may be cut short: <c>zhangsan</c>, <c>zs</c>,
/// <c>zhangs</c>, <c>zhangsa</c> and <c>zhang</c> all find 张三.
/// </summary>
public static class PinyinMatcher
{
    /// <summary>Lower-cases the query and keeps only ASCII letters; null when nothing is left.</summary>
    public static string? Normalize(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var letters = query.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray();
        return letters.Length == 0 ? null : new string(letters);
    }

    /// <param name="query">A query already passed through <see cref="Normalize"/>.</param>
    public static bool Matches(PinyinName name, string query)
    {
        if (query.Length == 0 || name.Syllables.Count == 0)
        {
            return false;
        }

        if (name.Initials.Contains(query, StringComparison.Ordinal))
        {
            return true;
        }

        // failed[q, i, mode]: the query from q cannot be matched from syllable i; keeps the search small.
        var failed = new bool[query.Length + 1, name.Syllables.Count + 1, 2];
        for (var start = 0; start < name.Syllables.Count; start++)
        {
            if (MatchFrom(name.Syllables, query, 0, start, initialsOnly: false, failed))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="initialsOnly">
    /// Set once a syllable was typed by its initial: the rest must be initials too, so <c>zhang</c>
    /// does not find 赵航 (z + hang).
    /// </param>
    private static bool MatchFrom(IReadOnlyList<IReadOnlyList<string>> syllables, string query, int q, int i, bool initialsOnly, bool[,,] failed)
    {
        if (q == query.Length)
        {
            return true;
        }

        var mode = initialsOnly ? 1 : 0;
        if (i == syllables.Count || failed[q, i, mode])
        {
            return false;
        }

        var rest = query.AsSpan(q);
        foreach (var reading in syllables[i])
        {
            if (!initialsOnly)
            {
                if (reading.AsSpan().StartsWith(rest, StringComparison.Ordinal))
                {
                    return true;
                }

                if (rest.StartsWith(reading, StringComparison.Ordinal)
                    && MatchFrom(syllables, query, q + reading.Length, i + 1, initialsOnly: false, failed))
                {
                    return true;
                }
            }

            if (reading.Length > 2 && reading[1] == 'h' && reading[0] is 'z' or 'c' or 's'
                && rest.StartsWith(reading.AsSpan(0, 2), StringComparison.Ordinal)
                && MatchFrom(syllables, query, q + 2, i + 1, initialsOnly: true, failed))
            {
                return true;
            }

            if (rest[0] == reading[0] && MatchFrom(syllables, query, q + 1, i + 1, initialsOnly: true, failed))
            {
                return true;
            }
        }

        failed[q, i, mode] = true;
        return false;
    }
}
