using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Anshun.Search.Engine;

/// <summary>Gives every refreshed searcher the same BM25 similarity the writer indexes with.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
