namespace Anshun.Search.Engine;

/// <summary>
/// One way a part can match a document (ADR 0010 "Query"): in <paramref name="Field"/>, either every distinct
/// term anywhere (<paramref name="IsPhrase"/> false: BM25 of each term, summed) or the terms at their relative
/// positions (true: BM25 of the phrase frequency over the terms' joint statistics), times <paramref name="Boost"/>.
/// A phrase of one term is a plain term. Scores equal Lucene's <c>BooleanQuery</c> of <c>TermQuery</c>s and
/// <c>PhraseQuery</c> under BM25 (query norm and coord 1); <c>PartsQueryTests</c> holds the two side by side.
/// <paramref name="ScoreOnly"/> promises that every document this clause matches is also matched by a clause of the
/// same part that is not score-only (the title is folded into the text): the clause is then only checked on
/// documents the others found, which saves walking its postings and changes no result.
/// </summary>
internal sealed record ScoredClause(string Field, IReadOnlyList<(string Term, int Position)> Slots, bool IsPhrase, float Boost, bool ScoreOnly = false)
{
    /// <summary>True when matching needs positions (a phrase of two or more terms).</summary>
    public bool NeedsPositions => IsPhrase && Slots.Count > 1;

    /// <summary>The terms as the clause scores them: every slot of a phrase, each distinct term otherwise.</summary>
    public IReadOnlyList<(string Term, int Position)> ScoredSlots => IsPhrase
        ? Slots
        : [.. Slots.DistinctBy(s => s.Term, StringComparer.Ordinal)];
}
