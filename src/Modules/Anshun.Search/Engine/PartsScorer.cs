using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// The two phases of <see cref="PartsQuery"/> in one segment: leapfrog over the parts' term approximations
/// (the part with the fewest candidates leads), then verify each part only where all of them are. The score is
/// worked out when asked for: with a <see cref="Competition"/> to beat, a document whose bound (term frequencies
/// only, no positions) cannot beat it gets that bound instead — most hits of a common query, which are counted
/// and faceted but never shown.
/// </summary>
internal sealed class PartsScorer : Scorer
{
    /// <summary>Keeps bounds from ever passing for scores through float rounding (BM25 is monotone only up to it).</summary>
    private const float BoundMargin = 1e-4f;

    private readonly PartMatcher[] _parts;
    private int _doc = -1;
    private float _score;
    private bool _scored;

    public PartsScorer(Weight weight, PartMatcher[] parts)
        : base(weight)
    {
        _parts = [.. parts.OrderBy(p => p.Cost)];
    }

    /// <summary>Set by the collector that keeps the page; none means every score is exact.</summary>
    public ICompetitiveScore? Competition { get; set; }

    /// <summary>Documents answered with a bound instead of their score (for tests and probes).</summary>
    public int BoundedDocuments { get; private set; }

    public override int DocID => _doc;

    public override int Freq => 1;

    public override float GetScore()
    {
        if (!_scored)
        {
            _score = ScoreCurrent();
            _scored = true;
        }

        return _score;
    }

    public override long GetCost() => _parts[0].Cost;

    public override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            var doc = _parts[0].Advance(target);
            if (doc == NO_MORE_DOCS)
            {
                return _doc = NO_MORE_DOCS;
            }

            var next = doc;
            for (var i = 1; i < _parts.Length && next == doc; i++)
            {
                next = _parts[i].Doc >= doc ? _parts[i].Doc : _parts[i].Advance(doc);
            }

            if (next != doc)
            {
                target = next;
                continue;
            }

            var all = true;
            foreach (var part in _parts)
            {
                if (!part.Matches())
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                _scored = false;
                return _doc = doc;
            }

            if (doc == NO_MORE_DOCS - 1)
            {
                return _doc = NO_MORE_DOCS;
            }

            target = doc + 1;
        }
    }

    private float ScoreCurrent()
    {
        var minimum = Competition?.MinimumScore ?? float.NegativeInfinity;
        if (minimum > float.NegativeInfinity)
        {
            var bound = 0f;
            foreach (var part in _parts)
            {
                bound += part.Bound();
            }

            if (bound + (Math.Abs(bound) * BoundMargin) <= minimum)
            {
                BoundedDocuments++;
                return bound;
            }
        }

        var score = 0f;
        foreach (var part in _parts)
        {
            part.Verify(out var partScore);
            score += partScore;
        }

        return score;
    }
}
