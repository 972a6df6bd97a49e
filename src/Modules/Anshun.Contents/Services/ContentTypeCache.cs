using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// The content types of this node, held between requests. A save on this node resets it at once;
/// a save on another node is picked up when the entry ages out.
/// </summary>
public sealed class ContentTypeCache(TimeProvider time)
{
    private static readonly TimeSpan _lifetime = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private IReadOnlyList<ContentTypeDefinition>? _types;
    private long _loadedAt;

    public IReadOnlyList<ContentTypeDefinition>? Get()
    {
        lock (_lock)
        {
            return _types is not null && time.GetElapsedTime(_loadedAt) < _lifetime ? _types : null;
        }
    }

    public void Set(IReadOnlyList<ContentTypeDefinition> types)
    {
        lock (_lock)
        {
            _types = types;
            _loadedAt = time.GetTimestamp();
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _types = null;
        }
    }
}
