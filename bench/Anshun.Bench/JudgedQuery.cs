namespace Anshun.Bench;

/// <summary>A judged query: the relevant documents with their grades (3 = about exactly this, 1 = mentions it).</summary>
public sealed record JudgedQuery(string Id, string Query, string Kind, IReadOnlyList<JudgedQuery.Judgement> Relevant)
{
    public sealed record Judgement(string Id, int Grade);
}
