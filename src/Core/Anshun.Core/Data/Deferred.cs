using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Data;

/// <summary>
/// A scoped dependency resolved on first use. Services on every request's path (the section tree, settings,
/// lists) answer from memory almost always; taking their database context or write-side collaborators as
/// <c>Deferred&lt;T&gt;</c> means a request served from memory does not construct them (an EF context costs
/// more to construct than such a request costs to serve).
/// </summary>
public sealed class Deferred<T>(IServiceProvider services)
    where T : notnull
{
    private T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
