using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// The top documents by score, then document id, from documents collected in id order — what Lucene's in-order
/// <c>TopScoreDocCollector</c> keeps, but telling the scorer the score to beat (<see cref="ICompetitiveScore"/>),
/// so <see cref="PartsScorer"/> can skip reading positions of a hit that cannot reach the page.
/// </summary>
internal sealed class TopRelevanceCollector : TopDocsCollector<ScoreDoc>, ICompetitiveScore
{
    private ScoreDoc _bottom;
    private Scorer? _scorer;
    private int _docBase;

    public TopRelevanceCollector(int count)
        : base(new PageQueue(count))
    {
        _bottom = m_pq.Top;
    }

    public float MinimumScore => _bottom.Score;

    public override bool AcceptsDocsOutOfOrder => false;

    public override void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public override void SetScorer(Scorer scorer) => _scorer = scorer;

    public override void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        m_totalHits++;
        if (score <= _bottom.Score)
        {
            // In id order a tie loses to the document already kept.
            return;
        }

        _bottom.Doc = doc + _docBase;
        _bottom.Score = score;
        _bottom = m_pq.UpdateTop();
    }

    protected override TopDocs NewTopDocs(ScoreDoc[] results, int start)
    {
        if (results is null)
        {
            return EMPTY_TOPDOCS;
        }

        // The best score: the first result when the page starts at the top, otherwise the last left in the queue.
        float maxScore;
        if (start == 0)
        {
            maxScore = results[0].Score;
        }
        else
        {
            for (var i = m_pq.Count; i > 1; i--)
            {
                m_pq.Pop();
            }

            maxScore = m_pq.Pop().Score;
        }

        return new TopDocs(m_totalHits, results, maxScore);
    }

    /// <summary>Lowest score, then highest id, on top; filled with sentinels of score −∞ so it is always full.</summary>
    private sealed class PageQueue(int count) : PriorityQueue<ScoreDoc>(count, new Sentinels())
    {
        protected override bool LessThan(ScoreDoc a, ScoreDoc b) =>
            a.Score == b.Score ? a.Doc > b.Doc : a.Score < b.Score;
    }

    private sealed class Sentinels : ISentinelFactory<ScoreDoc>
    {
        public ScoreDoc Create() => new(int.MaxValue, float.NegativeInfinity);
    }
}
