using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>One part in one segment: its clauses walked together, the part being at the nearest of them.</summary>
internal sealed class PartMatcher(ClauseMatcher[] clauses, float bonus)
{
    public int Doc { get; private set; } = -1;

    public long Cost { get; } = clauses.Sum(c => c.Cost);

    /// <summary>Moves to the first document at or after <paramref name="target"/> where some clause has all its terms.</summary>
    public int Advance(int target)
    {
        var nearest = DocIdSetIterator.NO_MORE_DOCS;
        foreach (var clause in clauses)
        {
            var doc = clause.Doc >= target ? clause.Doc : clause.Advance(target);
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
        foreach (var clause in clauses)
        {
            if (clause.Doc == Doc && clause.Verify())
            {
                score += clause.Score;
                matched = true;
                wordsMatched |= clause.WordsMatched;
            }
        }

        if (wordsMatched)
        {
            score += bonus;
        }

        return matched;
    }
}
