using System.Collections.Concurrent;
using Anshun.StaffDirectory.Pinyin;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Remembers each name's <see cref="PinyinName"/>. A name's key depends only on the name, so the
/// cache never goes stale; it is emptied when it grows past a bound, to stay small.
/// </summary>
public sealed class PinyinKeyCache
{
    private const int MaxNames = 50_000;
    private readonly ConcurrentDictionary<string, PinyinName> _names = new(StringComparer.Ordinal);

    public PinyinName ForPerson(string name)
    {
        if (_names.Count > MaxNames)
        {
            _names.Clear();
        }

        return _names.GetOrAdd(name, PinyinConverter.Shared.ConvertPersonName);
    }
}
