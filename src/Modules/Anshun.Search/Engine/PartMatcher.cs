using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>One part in one segment: its clause groups walked together, the part being at the nearest of them.</summary>
internal sealed class PartMatcher(ClauseGroupMatcher[] groups, float bonus)
{
    public int Doc { get; private set; } = -1;

    public long Cost { get; } = groups.Sum(g => g.Cost);

    /// <summary>Moves to the first document at or after <paramref name="target"/> where some clause has all its terms.</summary>
    public int Advance(int target)
    {
        var nearest = DocIdSetIterator.NO_MORE_DOCS;
        foreach (var group in groups)
        {
            var doc = group.Doc >= target ? group.Doc : group.Advance(target);
            nearest = Math.Min(nearest, doc);
        }

        Doc = nearest;
        return nearest;
    }

    /// <summary>Whether a clause really matches the current document; the part's score if so.</summary>
    public bool Verify(out float score)
    {
        score = 0f;
        var matched = false;
        var wordsMatched = false;
        foreach (var group in groups)
        {
            if (group.Doc == Doc && group.Verify())
            {
                score += group.Score;
                matched = true;
                wordsMatched |= group.WordsMatched;
            }
        }

        if (wordsMatched)
        {
            score += bonus;
        }

        return matched;
    }
}
