using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// A whole query (检索式): every part must match. Scores as Lucene's <c>BooleanQuery</c> of the parts would under
/// BM25, but runs in two phases as later Lucene versions do: documents are first found by the terms alone
/// (postings without positions, every part's terms present), and only those are checked for phrase positions
/// and scored. Lucene 4.8 checks positions of every document a phrase's common bigrams share, long before
/// knowing whether the other parts match there — that was most of a query's time (ADR 0010).
/// </summary>
internal sealed class PartsQuery(IReadOnlyList<ScoredPart> parts) : Query
{
    public IReadOnlyList<ScoredPart> Parts { get; } = parts;

    public override Weight CreateWeight(IndexSearcher searcher) => new PartsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in Parts.SelectMany(p => p.Clauses))
        {
            foreach (var (term, _) in clause.Slots)
            {
                terms.Add(new Term(clause.Field, term));
            }
        }
    }

    public override string ToString(string field) => string.Join(" +", Parts.Select(part =>
        "(" + string.Join(" | ", part.Clauses.Select(c =>
            $"{c.Field}:{(c.IsPhrase ? "\"" : "")}{string.Join(' ', c.Slots.Select(s => s.Term))}{(c.IsPhrase ? "\"" : "")}^{c.Boost}")) +
        $" +{part.Bonus})"));

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private sealed class PartsWeight : Weight
    {
        private readonly PartsQuery _query;
        private readonly Similarity _similarity;
        private readonly IReadOnlyList<ClauseGroup>[] _groups;

        public PartsWeight(PartsQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var contexts = new Dictionary<Term, TermContext>();
            _groups = [.. query.Parts.Select(part =>
                ClauseGroup.Of([.. part.Clauses.Select(clause => Prepare(clause, searcher, contexts))], part.InBonus))];
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => 1f;

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var member in _groups.SelectMany(g => g).SelectMany(g => g.Members))
            {
                foreach (var weight in member.Clause.Weights)
                {
                    weight.Normalize(norm, topLevelBoost * _query.Boost);
                }
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var parts = new PartMatcher[_groups.Length];
            for (var p = 0; p < _groups.Length; p++)
            {
                var matchers = new List<ClauseGroupMatcher>();
                foreach (var group in _groups[p])
                {
                    if (ClauseGroupMatcher.Open(group, context, acceptDocs, _similarity) is { } matcher)
                    {
                        matchers.Add(matcher);
                    }
                }

                if (matchers.Count == 0)
                {
                    return null;
                }

                parts[p] = new PartMatcher([.. matchers], _query.Parts[p].Bonus * _query.Boost);
            }

            return new PartsScorer(this, parts);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new Explanation(scorer.GetScore(), "sum of the parts' matching clauses and word-match bonuses")
                : new ComplexExplanation(false, 0f, "not every part matches");
        }

        private PreparedClause Prepare(ScoredClause clause, IndexSearcher searcher, Dictionary<Term, TermContext> contexts)
        {
            var slots = clause.ScoredSlots;
            var terms = slots.Select(s => new Term(clause.Field, s.Term)).ToArray();
            var termContexts = terms.Select(term =>
            {
                if (!contexts.TryGetValue(term, out var termContext))
                {
                    termContext = TermContext.Build(searcher.TopReaderContext, term);
                    contexts[term] = termContext;
                }

                return termContext;
            }).ToArray();

            var collection = searcher.CollectionStatistics(clause.Field);
            Similarity.SimWeight[] weights = clause.IsPhrase
                ? [_similarity.ComputeWeight(clause.Boost, collection, [.. terms.Select((t, i) => searcher.TermStatistics(t, termContexts[i]))])]
                : [.. terms.Select((t, i) => _similarity.ComputeWeight(clause.Boost, collection, searcher.TermStatistics(t, termContexts[i])))];
            return new PreparedClause(clause, terms, termContexts, weights);
        }
    }
}
