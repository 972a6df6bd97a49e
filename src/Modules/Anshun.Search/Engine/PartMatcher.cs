using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// One part in one segment: its clause groups walked together, the part being at the nearest of them. Score-only
/// groups (<see cref="ClauseGroup.ScoreOnly"/>) are not walked; they are moved to a document the others found
/// and add their score there.
/// </summary>
internal sealed class PartMatcher
{
    private readonly ClauseGroupMatcher[] _finders;
    private readonly ClauseGroupMatcher[] _scoreOnly;
    private readonly float _bonus;

    public PartMatcher(ClauseGroupMatcher[] groups, float bonus)
    {
        _finders = [.. groups.Where(g => !g.ScoreOnly)];
        _scoreOnly = [.. groups.Where(g => g.ScoreOnly)];
        if (_finders.Length == 0)
        {
            // Nothing else of the part is in this segment: the promise is about the others, so these must find.
            (_finders, _scoreOnly) = (_scoreOnly, []);
        }

        _bonus = bonus;
        Cost = _finders.Sum(g => g.Cost);
    }

    public int Doc { get; private set; } = -1;

    public long Cost { get; }

    /// <summary>Moves to the first document at or after <paramref name="target"/> where some clause has all its terms.</summary>
    public int Advance(int target)
    {
        var nearest = DocIdSetIterator.NO_MORE_DOCS;
        foreach (var group in _finders)
        {
            var doc = group.Doc >= target ? group.Doc : group.Advance(target);
            nearest = Math.Min(nearest, doc);
        }

        Doc = nearest;
        return nearest;
    }

    /// <summary>
    /// Whether the part matches the current document. Certain from the terms alone when a group standing there has
    /// a clause of all words anywhere; otherwise its phrases are checked (<see cref="Verify"/>).
    /// </summary>
    public bool Matches()
    {
        foreach (var group in _finders)
        {
            if (group.Doc == Doc && group.MatchesOnTerms)
            {
                return true;
            }
        }

        return Verify(out _);
    }

    /// <summary>At least the score <see cref="Verify"/> gives a matching document, summed in the same order.</summary>
    public float Bound()
    {
        var bound = 0f;
        var words = false;
        foreach (var group in _finders)
        {
            if (group.Doc == Doc)
            {
                bound += group.Bound();
                words |= group.MayMatchWords;
            }
        }

        foreach (var group in _scoreOnly)
        {
            var doc = group.Doc >= Doc ? group.Doc : group.Advance(Doc);
            if (doc == Doc)
            {
                bound += group.Bound();
                words |= group.MayMatchWords;
            }
        }

        return words ? bound + _bonus : bound;
    }

    /// <summary>Whether a clause really matches the current document; the part's score if so.</summary>
    public bool Verify(out float score)
    {
        score = 0f;
        var matched = false;
        var wordsMatched = false;
        foreach (var group in _finders)
        {
            if (group.Doc == Doc && group.Verify())
            {
                score += group.Score;
                matched = true;
                wordsMatched |= group.WordsMatched;
            }
        }

        if (!matched)
        {
            return false;
        }

        foreach (var group in _scoreOnly)
        {
            var doc = group.Doc >= Doc ? group.Doc : group.Advance(Doc);
            if (doc == Doc && group.Verify())
            {
                score += group.Score;
                wordsMatched |= group.WordsMatched;
            }
        }

        if (wordsMatched)
        {
            score += _bonus;
        }

        return true;
    }
}
