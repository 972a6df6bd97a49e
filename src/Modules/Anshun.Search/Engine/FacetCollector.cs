using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// Counts the <c>type</c>, <c>section</c> and <c>unit</c> DocValues of every document the filtered query collects
/// (分面统计). It runs inside the same search as the hits, so a document the reader may not read is never counted —
/// no Lucene.Net.Facet (not in the registry) needed.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[IndexFields.FacetNames.Length];
    private readonly int[][] _segmentCounts = new int[IndexFields.FacetNames.Length][];
    private readonly Dictionary<string, (string Label, int Count)>[] _totals =
        [.. IndexFields.FacetNames.Select(_ => new Dictionary<string, (string, int)>(StringComparer.Ordinal))];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < _values.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetValues(IndexFields.FacetNames[i]));
            _values[i] = values;
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>The counts, largest first; call after the search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> GetCounts()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < _totals.Length; i++)
        {
            result[IndexFields.FacetNames[i]] = [.. _totals[i]
                .Select(entry => new FacetCount(entry.Key, entry.Value.Label, entry.Value.Count))
                .OrderByDescending(facet => facet.Count)
                .ThenBy(facet => facet.Value, StringComparer.Ordinal)];
        }

        return result;
    }

    /// <summary>The counts of several collectors (slices of one search) added together, as <see cref="GetCounts"/> gives them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Merge(IEnumerable<FacetCollector> collectors)
    {
        var merged = new FacetCollector();
        foreach (var collector in collectors)
        {
            collector.Flush();
            for (var i = 0; i < merged._totals.Length; i++)
            {
                foreach (var (value, (label, count)) in collector._totals[i])
                {
                    merged._totals[i][value] = merged._totals[i].TryGetValue(value, out var total)
                        ? (total.Label, total.Count + count)
                        : (label, count);
                }
            }
        }

        return merged.GetCounts();
    }

    /// <summary>Ordinals are per segment: resolve this segment's counts to values before moving on.</summary>
    private void Flush()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var entry = scratch.Utf8ToString();
                var separator = entry.IndexOf(IndexFields.Separator);
                var value = separator < 0 ? entry : entry[..separator];
                var label = separator < 0 ? entry : entry[(separator + 1)..];
                _totals[i][value] = _totals[i].TryGetValue(value, out var total)
                    ? (total.Label, total.Count + counts[ord])
                    : (label, counts[ord]);
            }

            _values[i] = null;
        }
    }
}
