using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// The two phases of <see cref="PartsQuery"/> in one segment: leapfrog over the parts' term approximations
/// (the part with the fewest candidates leads), then verify and score each part only where all of them are.
/// </summary>
internal sealed class PartsScorer : Scorer
{
    private readonly PartMatcher[] _parts;
    private int _doc = -1;
    private float _score;

    public PartsScorer(Weight weight, PartMatcher[] parts)
        : base(weight)
    {
        _parts = [.. parts.OrderBy(p => p.Cost)];
    }

    public override int DocID => _doc;

    public override int Freq => 1;

    public override float GetScore() => _score;

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

            var score = 0f;
            var all = true;
            foreach (var part in _parts)
            {
                if (!part.Verify(out var partScore))
                {
                    all = false;
                    break;
                }

                score += partScore;
            }

            if (all)
            {
                _score = score;
                return _doc = doc;
            }

            if (doc == NO_MORE_DOCS - 1)
            {
                return _doc = NO_MORE_DOCS;
            }

            target = doc + 1;
        }
    }
}
