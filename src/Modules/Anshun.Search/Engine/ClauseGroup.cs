using Lucene.Net.Index;

namespace Anshun.Search.Engine;

/// <summary>
/// The clauses of one part that look for the same terms in the same field (all words anywhere, and the same words
/// as a phrase), worked out once per search so every segment walks those terms' postings once.
/// <see cref="Members"/> index <see cref="Terms"/>: per slot for a phrase, per distinct term otherwise.
/// </summary>
internal sealed record ClauseGroup(
    string Field, Term[] Terms, TermContext[] Contexts, IReadOnlyList<(PreparedClause Clause, int[] TermIndexes, bool InBonus)> Members)
{
    public bool NeedsPositions => Members.Any(m => m.Clause.Clause.NeedsPositions);

    /// <summary>Every clause is <see cref="ScoredClause.ScoreOnly"/>: the group adds score but finds no document of its own.</summary>
    public bool ScoreOnly => Members.All(m => m.Clause.Clause.ScoreOnly);

    public static IReadOnlyList<ClauseGroup> Of(IReadOnlyList<PreparedClause> clauses, IReadOnlyList<bool> inBonus) =>
    [
        .. clauses.Select((clause, i) => (Clause: clause, InBonus: inBonus[i]))
            .GroupBy(c => (c.Clause.Clause.Field, Terms: string.Join(IndexFields.Separator,
                c.Clause.Terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
            .Select(group =>
            {
                var distinct = group.SelectMany(c => c.Clause.Terms.Zip(c.Clause.TermContexts)).DistinctBy(t => t.First).ToList();
                var index = distinct.Select((t, i) => (t.First, i)).ToDictionary(x => x.First, x => x.i);
                return new ClauseGroup(
                    group.Key.Field,
                    [.. distinct.Select(t => t.First)],
                    [.. distinct.Select(t => t.Second)],
                    [.. group.Select(c => (c.Clause, c.Clause.Terms.Select(t => index[t]).ToArray(), c.InBonus))]);
            }),
    ];
}
