namespace Anshun.StaffDirectory.Pinyin;

/// <summary>
/// The precomputed search key of a name (拼音检索键): per syllable every reading (default first),
/// the default full spelling and the initials.
/// </summary>
/// <param name="Syllables">One entry per ideograph or per run of letters and digits.</param>
/// <param name="Full">全拼 with default readings: 张三 → <c>zhangsan</c>.</param>
/// <param name="Initials">首字母: 张三 → <c>zs</c>.</param>
public sealed record PinyinName(IReadOnlyList<IReadOnlyList<string>> Syllables, string Full, string Initials)
{
    public static PinyinName Empty { get; } = new([], "", "");
}
