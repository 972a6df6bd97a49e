namespace Anshun.Search.Indexing;

/// <summary>
/// How many documents are analysed at once. Analysis (SmartCn above all) is CPU-bound and Lucene's
/// <c>IndexWriter</c> takes documents from several threads, each into its own in-memory segment, so one worker
/// per core; reading from the sources stays on one thread at a time (their database contexts are not thread-safe).
/// </summary>
public static class IndexingParallelism
{
    public static int Workers => Math.Max(1, Environment.ProcessorCount);

    public static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken };
}
