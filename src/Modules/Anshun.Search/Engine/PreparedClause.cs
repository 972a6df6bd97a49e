using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Anshun.Search.Engine;

/// <summary>A clause with its terms looked up once per search: index-wide statistics and per-segment term states.
/// <see cref="Terms"/> are the clause's scored slots (<see cref="ScoredClause.ScoredSlots"/>).</summary>
internal sealed record PreparedClause(ScoredClause Clause, Term[] Terms, TermContext[] TermContexts, Similarity.SimWeight[] Weights);
