using Anshun.Search.Engine;

namespace Anshun.Search.Tests.Engine;

/// <summary>Loads and indexes the judged corpus once for all quality tests.</summary>
public sealed class JudgedCorpusFixture : IDisposable
{
    public JudgedCorpusFixture()
    {
        Corpus = JudgedCorpus.Load();
        Index = Corpus.BuildIndex();
    }

    internal JudgedCorpus Corpus { get; }

    internal SearchIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
