using System.Collections.Concurrent;
using Anshun.Core.Security;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// The reader's permission filter, <c>sl ≤ level AND (aclx ∈ P OR (acl1 ∈ P∪{*} AND … AND acl4 ∈ P∪{*}))</c>,
/// cached per principal fingerprint; <see cref="CachingWrapperFilter"/> then caches the bits per index segment,
/// so a refreshed searcher only computes them for new segments.
/// </summary>
internal sealed class AccessFilterCache
{
    // Bounded crudely: readers share few fingerprints (a role set, a unit), and a rebuilt entry is cheap.
    private const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter For(SearchReader reader)
    {
        var terms = reader.PrincipalTerms.Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var fingerprint = AccessFields.Level(reader.SecretLevel) + "\n" + string.Join('\n', terms);
        if (_filters.TryGetValue(fingerprint, out var cached))
        {
            return cached;
        }

        if (_filters.Count >= MaxEntries)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(fingerprint, _ => new CachingWrapperFilter(Build(terms, reader.SecretLevel)));
    }

    private static Filter Build(IReadOnlyList<string> terms, SecretLevel level)
    {
        var levels = Enum.GetValues<SecretLevel>().Where(l => l <= level).Select(AccessFields.Level);
        var filter = new BooleanFilter
        {
            new FilterClause(Terms(IndexFields.SecretLevel, levels), Occur.MUST),
        };

        var gates = new BooleanFilter();
        var gateTerms = terms.Where(t => t != AccessFields.Anyone).Append(AccessFields.Anyone).ToList();
        for (var gate = 1; gate <= AccessFields.MaxGates; gate++)
        {
            gates.Add(new FilterClause(Terms(IndexFields.AccessGate(gate), gateTerms), Occur.MUST));
        }

        var open = new BooleanFilter { new FilterClause(gates, Occur.SHOULD) };
        var bypassTerms = terms.Where(t => t != AccessFields.Anyone).ToList();
        if (bypassTerms.Count > 0)
        {
            open.Add(new FilterClause(Terms(IndexFields.AccessBypass, bypassTerms), Occur.SHOULD));
        }

        filter.Add(new FilterClause(open, Occur.MUST));
        return filter;
    }

    private static TermsFilter Terms(string field, IEnumerable<string> values) =>
        new(field, values.Select(v => new BytesRef(v)).ToList());
}
