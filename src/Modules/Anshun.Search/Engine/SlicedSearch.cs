using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// Runs one query over slices of the index on all cores (分片并行检索): each segment of at least
/// <see cref="MinSliceDocuments"/> documents is cut into doc-id ranges, one per core, and every slice collects its own
/// top documents and facet counts, merged afterwards in doc-id order — so ties break exactly as one pass would.
/// A query with tens of thousands of hits is dominated by walking postings and scoring each hit; two cores halve
/// its latency. The CPU per query stays the same, so a busy site gains nothing and loses little.
/// </summary>
internal static class SlicedSearch
{
    /// <summary>Below this, a segment is one slice: splitting costs more than it saves.</summary>
    public const int MinSliceDocuments = 20_000;

    public static (TopDocs Page, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets) Run(
        IndexSearcher searcher, Query query, Filter filter, Sort? sort, int start, int pageSize) =>
        Run(searcher, query, filter, sort, start, pageSize, Environment.ProcessorCount, MinSliceDocuments);

    /// <summary>
    /// With the slicing spelled out (tests cut a small index into many slices); <paramref name="bound"/> false
    /// scores every hit exactly instead of letting <see cref="PartsScorer"/> bound those that cannot reach the page.
    /// </summary>
    internal static (TopDocs Page, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets) Run(
        IndexSearcher searcher, Query query, Filter filter, Sort? sort, int start, int pageSize, int cores, int minSliceDocuments,
        bool bound = true)
    {
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(query, filter));
        var slices = Slices(searcher.IndexReader.Leaves, cores, minSliceDocuments);
        var count = start + pageSize;
        var results = new (TopDocs Top, FacetCollector Facets)[slices.Count];
        if (slices.Count == 1)
        {
            results[0] = Collect(weight, slices[0], sort, count, bound);
        }
        else
        {
            Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = cores },
                i => results[i] = Collect(weight, slices[i], sort, count, bound));
        }

        var page = TopDocs.Merge(sort, start, pageSize, [.. results.Select(r => r.Top)]);
        return (page, FacetCollector.Merge(results.Select(r => r.Facets)));
    }

    /// <summary>The slices in doc-id order: whole small segments, big ones cut into up to <paramref name="cores"/> equal ranges.</summary>
    internal static IReadOnlyList<(AtomicReaderContext Leaf, int From, int To)> Slices(
        IList<AtomicReaderContext> leaves, int cores, int minSliceDocuments = MinSliceDocuments)
    {
        var slices = new List<(AtomicReaderContext, int, int)>();
        foreach (var leaf in leaves)
        {
            var size = leaf.AtomicReader.MaxDoc;
            var parts = Math.Clamp(size / minSliceDocuments, 1, Math.Max(1, cores));
            for (var i = 0; i < parts; i++)
            {
                slices.Add((leaf, (int)((long)size * i / parts), (int)((long)size * (i + 1) / parts)));
            }
        }

        return slices;
    }

    private static (TopDocs, FacetCollector) Collect(
        Weight weight, (AtomicReaderContext Leaf, int From, int To) slice, Sort? sort, int count, bool bound)
    {
        var relevance = sort is null ? new TopRelevanceCollector(count) : null;
        var top = relevance
            ?? (ITopDocsCollector)TopFieldCollector.Create(sort!, count, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var facets = new FacetCollector();
        var collector = MultiCollector.Wrap((ICollector)top, facets);
        collector.SetNextReader(slice.Leaf);
        var scorer = weight.GetScorer(slice.Leaf, slice.Leaf.AtomicReader.LiveDocs);
        if (scorer is not null)
        {
            // The filter usually hands back our scorer itself (random access); wrapped, it simply scores exactly.
            if (bound && scorer is PartsScorer parts)
            {
                parts.Competition = relevance;
            }

            collector.SetScorer(scorer);
            var doc = scorer.Advance(slice.From);
            while (doc < slice.To)
            {
                collector.Collect(doc);
                doc = scorer.NextDoc();
            }
        }

        return (top.GetTopDocs(), facets);
    }
}
