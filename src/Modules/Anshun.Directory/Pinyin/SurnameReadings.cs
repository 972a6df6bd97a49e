namespace Anshun.StaffDirectory.Pinyin;

/// <summary>
/// 姓氏读音: surnames whose reading differs from the character's everyday (default) reading.
/// Applied only to the first character(s) of a person's name.
/// </summary>
public static class SurnameReadings
{
    /// <summary>Compound surnames (复姓), checked before single ones.</summary>
    private static readonly Dictionary<string, string[]> _compound = new(StringComparer.Ordinal)
    {
        ["尉迟"] = ["yu", "chi"],
        ["万俟"] = ["mo", "qi"],
        ["单于"] = ["chan", "yu"],
        ["长孙"] = ["zhang", "sun"],
        ["澹台"] = ["tan", "tai"],
    };

    private static readonly Dictionary<char, string> _single = new()
    {
        ['单'] = "shan",
        ['解'] = "xie",
        ['曾'] = "zeng",
        ['区'] = "ou",
        ['仇'] = "qiu",
        ['查'] = "zha",
        ['朴'] = "piao",
        ['盖'] = "ge",
        ['缪'] = "miao",
        ['翟'] = "zhai",
        ['覃'] = "qin",
        ['乐'] = "yue",
        ['黑'] = "he",
        ['秘'] = "bi",
        ['种'] = "chong",
        ['召'] = "shao",
        ['员'] = "yun",
        ['繁'] = "po",
        ['折'] = "she",
        ['隗'] = "wei",
        ['訾'] = "zi",
        ['句'] = "gou",
        ['便'] = "pian",
        ['重'] = "chong",
        ['沈'] = "shen",
        ['薄'] = "bo",
        ['祭'] = "zhai",
        ['尉'] = "wei",
        ['冼'] = "xian",
        ['洗'] = "xian",
        ['角'] = "jue",
        ['贲'] = "ben",
        ['能'] = "nai",
        ['柏'] = "bai",
        ['蕃'] = "pi",
    };

    /// <summary>The surname readings at the start of <paramref name="name"/>, one per character; empty when none apply.</summary>
    public static IReadOnlyList<string> For(string name)
    {
        if (name.Length >= 3 && _compound.TryGetValue(name[..2], out var compound))
        {
            return compound;
        }

        return name.Length >= 2 && _single.TryGetValue(name[0], out var single) ? [single] : [];
    }
}
