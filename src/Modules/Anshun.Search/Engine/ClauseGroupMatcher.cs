using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// A <see cref="ClauseGroup"/> in one segment, walking its terms' postings once. <see cref="Advance"/> finds the next
/// document holding every term (the cheap approximation); <see cref="Verify"/> then reads positions for that
/// document only, when a clause is a phrase, and scores each clause that matches.
/// </summary>
internal sealed class ClauseGroupMatcher
{
    private readonly DocsEnum[] _postings;
    private readonly DocsAndPositionsEnum[]? _positions;
    private readonly Scoring[] _scorings;
    private readonly int[][] _termPositions;
    private readonly int[] _termFrequencies;
    private readonly bool _leadOnly;
    private int _verifiedDoc = -1;

    private ClauseGroupMatcher(DocsEnum[] postings, Scoring[] scorings, long cost, bool scoreOnly)
    {
        ScoreOnly = scoreOnly;
        _postings = postings;
        _scorings = scorings;
        if (scorings.Any(s => s.Slots is not null))
        {
            _positions = [.. postings.Cast<DocsAndPositionsEnum>()];
        }

        _termPositions = [.. postings.Select(_ => new int[8])];
        _termFrequencies = new int[postings.Length];
        Cost = cost;
        MatchesOnTerms = scorings.Any(s => s.Slots is null);
        MayMatchWords = scorings.Any(s => s.InBonus);
        _leadOnly = !MatchesOnTerms && postings.Length > 1;
    }

    public int Doc { get; private set; } = -1;

    /// <summary>See <see cref="ClauseGroup.ScoreOnly"/>.</summary>
    public bool ScoreOnly { get; }

    /// <summary>Documents the rarest term is in: what walking these postings can cost.</summary>
    public long Cost { get; }

    /// <summary>After <see cref="Verify"/>: whether a clause matched, their summed score, and whether a word clause was among them.</summary>
    public bool Matched { get; private set; }

    public float Score { get; private set; }

    public bool WordsMatched { get; private set; }

    /// <summary>A clause needs only the terms (all words anywhere): wherever <see cref="Advance"/> stops, it matches.</summary>
    public bool MatchesOnTerms { get; }

    /// <summary>A clause counts towards the part's word-match bonus.</summary>
    public bool MayMatchWords { get; }

    /// <summary>Null when a term is not in this segment: none of the clauses can match here.</summary>
    public static ClauseGroupMatcher? Open(ClauseGroup group, AtomicReaderContext context, IBits acceptDocs, Similarity similarity)
    {
        var terms = context.AtomicReader.GetTerms(group.Field);
        if (terms is null)
        {
            return null;
        }

        var positional = group.NeedsPositions;
        var postings = new DocsEnum[group.Terms.Length];
        var docFreqs = new int[group.Terms.Length];
        for (var t = 0; t < group.Terms.Length; t++)
        {
            var state = group.Contexts[t].Get(context.Ord);
            if (state is null)
            {
                return null;
            }

            var termsEnum = terms.GetEnumerator();
            termsEnum.SeekExact(group.Terms[t].Bytes, state);
            postings[t] = positional
                ? termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"字段 {group.Field} 没有位置信息，无法检索短语。")
                : termsEnum.Docs(acceptDocs, null, DocsFlags.FREQS);
            docFreqs[t] = termsEnum.DocFreq;
        }

        // Rarest term first: it leads the leapfrog; the clauses' term indexes follow the new order.
        var order = Enumerable.Range(0, postings.Length).OrderBy(t => docFreqs[t]).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var scorings = group.Members.Select(member =>
        {
            var scorers = member.Clause.Weights.Select(w => similarity.GetSimScorer(w, context)).ToArray();
            var termIndexes = member.TermIndexes.Select(t => rank[t]).ToArray();
            return member.Clause.Clause.NeedsPositions
                ? new Scoring(termIndexes, [.. member.Clause.Clause.Slots.Select(s => s.Position)], scorers, member.InBonus)
                : new Scoring(termIndexes, null, scorers, member.InBonus);
        }).ToArray();
        return new ClauseGroupMatcher([.. order.Select(t => postings[t])], scorings, docFreqs[order[0]], group.ScoreOnly);
    }

    /// <summary>
    /// Moves to the first document at or after <paramref name="target"/> holding every term — or, when every clause
    /// is a phrase, only the rarest term: <see cref="Verify"/> checks the others anyway, and a phrase group usually
    /// only adds score where the part's words already matched, so its other terms are walked only when asked.
    /// </summary>
    public int Advance(int target)
    {
        if (_leadOnly)
        {
            Doc = _postings[0].DocID >= target ? _postings[0].DocID : _postings[0].Advance(target);
            return Doc;
        }

        var doc = _postings[0].DocID >= target ? _postings[0].DocID : _postings[0].Advance(target);
        var i = 1;
        while (doc != DocIdSetIterator.NO_MORE_DOCS && i < _postings.Length)
        {
            var other = _postings[i].DocID >= doc ? _postings[i].DocID : _postings[i].Advance(doc);
            if (other == doc)
            {
                i++;
                continue;
            }

            doc = _postings[0].Advance(other);
            i = 1;
        }

        Doc = doc;
        return doc;
    }

    /// <summary>Checks and scores every clause on the current document (once per document).</summary>
    public bool Verify()
    {
        if (_verifiedDoc == Doc)
        {
            return Matched;
        }

        _verifiedDoc = Doc;
        if (!HasAllTerms())
        {
            Score = 0f;
            WordsMatched = false;
            return Matched = false;
        }

        if (_positions is not null)
        {
            ReadPositions();
        }

        var score = 0f;
        var matched = false;
        var words = false;
        foreach (var scoring in _scorings)
        {
            float clauseScore;
            if (scoring.Slots is null)
            {
                clauseScore = TermsScore(scoring);
            }
            else
            {
                var frequency = PhraseFrequency(scoring);
                if (frequency == 0)
                {
                    continue;
                }

                clauseScore = scoring.Scorers[0].Score(Doc, frequency);
            }

            score += clauseScore;
            matched = true;
            words |= scoring.InBonus;
        }

        Score = score;
        WordsMatched = words;
        return Matched = matched;
    }

    /// <summary>
    /// At least <see cref="Score"/> would be on the current document, without reading positions: a phrase occurs at
    /// most as often as its rarest term there, and BM25 grows with the frequency. Once verified, the exact score.
    /// </summary>
    public float Bound()
    {
        if (_verifiedDoc == Doc)
        {
            return Matched ? Score : 0f;
        }

        var bound = 0f;
        foreach (var scoring in _scorings)
        {
            // Summed as Verify sums, so every addend being at least the exact one keeps the float sum at least too.
            float clauseBound;
            if (scoring.Slots is null)
            {
                clauseBound = TermsScore(scoring);
            }
            else
            {
                // Terms not walked to this document yet are left out: the rarest term (the lead) is always there.
                var frequency = int.MaxValue;
                foreach (var term in scoring.Terms)
                {
                    if (_postings[term].DocID == Doc)
                    {
                        frequency = Math.Min(frequency, _postings[term].Freq);
                    }
                }

                clauseBound = scoring.Scorers[0].Score(Doc, frequency);
            }

            bound += clauseBound;
        }

        return bound;
    }

    /// <summary>An all-words clause's score: each term's BM25 from its frequency here, summed in slot order.</summary>
    private float TermsScore(Scoring scoring)
    {
        var score = 0f;
        for (var k = 0; k < scoring.Terms.Length; k++)
        {
            score += scoring.Scorers[k].Score(Doc, _postings[scoring.Terms[k]].Freq);
        }

        return score;
    }

    /// <summary>Walks the terms besides the lead to the current document; whether all of them are in it.</summary>
    private bool HasAllTerms()
    {
        if (!_leadOnly)
        {
            return true;
        }

        for (var t = 1; t < _postings.Length; t++)
        {
            var doc = _postings[t].DocID >= Doc ? _postings[t].DocID : _postings[t].Advance(Doc);
            if (doc != Doc)
            {
                return false;
            }
        }

        return true;
    }

    private void ReadPositions()
    {
        var positions = _positions!;
        for (var t = 0; t < positions.Length; t++)
        {
            var freq = positions[t].Freq;
            if (_termPositions[t].Length < freq)
            {
                _termPositions[t] = new int[Math.Max(freq, _termPositions[t].Length * 2)];
            }

            for (var k = 0; k < freq; k++)
            {
                _termPositions[t][k] = positions[t].NextPosition();
            }

            _termFrequencies[t] = freq;
        }
    }

    /// <summary>How many times the phrase's terms stand at their relative positions in the current document.</summary>
    private int PhraseFrequency(Scoring phrase)
    {
        var slots = phrase.Slots!;
        var cursors = phrase.Cursors;
        Array.Clear(cursors);
        var lead = phrase.Terms[0];
        var matches = 0;
        for (var k = 0; k < _termFrequencies[lead]; k++)
        {
            var start = _termPositions[lead][k] - slots[0];
            var all = true;
            for (var s = 1; s < slots.Length && all; s++)
            {
                var term = phrase.Terms[s];
                var wanted = start + slots[s];
                var positions = _termPositions[term];
                while (cursors[s] < _termFrequencies[term] && positions[cursors[s]] < wanted)
                {
                    cursors[s]++;
                }

                all = cursors[s] < _termFrequencies[term] && positions[cursors[s]] == wanted;
            }

            if (all)
            {
                matches++;
            }
        }

        return matches;
    }

    /// <summary>
    /// One clause over the shared postings: <see cref="Terms"/> indexes them (per slot for a phrase, per distinct
    /// term otherwise); <see cref="Slots"/> holds a phrase's relative positions, null for all-words.
    /// </summary>
    private sealed class Scoring(int[] terms, int[]? slots, Similarity.SimScorer[] scorers, bool inBonus)
    {
        public int[] Terms { get; } = terms;

        public int[]? Slots { get; } = slots;

        public Similarity.SimScorer[] Scorers { get; } = scorers;

        public bool InBonus { get; } = inBonus;

        public int[] Cursors { get; } = new int[terms.Length];
    }
}
