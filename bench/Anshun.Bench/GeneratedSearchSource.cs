using System.Runtime.CompilerServices;
using Anshun.Core.Search;

namespace Anshun.Bench;

/// <summary>The benchmark corpus as one more search source of the site, so the site's own rebuild indexes it.</summary>
public sealed class GeneratedSearchSource(int count) : ISearchIndexSource
{
    /// <summary>Set once the site is up (the generator needs the office's unit id for the internal speeches' gate).</summary>
    public SearchCorpusGenerator Generator { get; set; } = new("");

    public string Name => SearchCorpusGenerator.SourceName;

    public Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        var index = SearchCorpusGenerator.IndexOf(key);
        return Task.FromResult(index < count ? Generator.Create(index) : null);
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        for (var index = afterKey is null ? 0 : SearchCorpusGenerator.IndexOf(afterKey) + 1; index < count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Generator.Create(index);
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(count);

    public Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
