namespace Anshun.Bench;

/// <summary>recall@k and nDCG@k (gain 2^grade − 1, discount log2(rank + 1), ideal order from the judgements), as the engine's tests compute them.</summary>
public static class RankingQuality
{
    public const int Depth = 10;

    public static (double Recall, double Ndcg) Measure(IReadOnlyList<JudgedQuery> queries, Func<string, IReadOnlyList<string>> topKeys)
    {
        var recalls = new List<double>();
        var ndcgs = new List<double>();
        foreach (var query in queries)
        {
            var ranked = topKeys(query.Query).Take(Depth).ToList();
            var grades = query.Relevant.ToDictionary(r => r.Id, r => r.Grade);
            recalls.Add((double)query.Relevant.Count(r => ranked.Contains(r.Id)) / query.Relevant.Count);
            var dcg = ranked.Select((id, i) => Gain(grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
            var ideal = grades.Values.OrderByDescending(g => g).Take(Depth).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
            ndcgs.Add(ideal == 0 ? 0 : dcg / ideal);
        }

        return (recalls.Average(), ndcgs.Average());
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
