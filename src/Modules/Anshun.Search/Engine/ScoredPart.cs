namespace Anshun.Search.Engine;

/// <summary>
/// One part of a query as the engine scores it: it matches a document when any clause does, scores the sum of
/// the clauses that match, plus <paramref name="Bonus"/> once when one of the clauses flagged in
/// <paramref name="InBonus"/> (the word clauses) matches — so word matches always rank above bigram-only ones.
/// </summary>
internal sealed record ScoredPart(IReadOnlyList<ScoredClause> Clauses, IReadOnlyList<bool> InBonus, float Bonus);
