using Anshun.StaffDirectory.Pinyin;

namespace Anshun.StaffDirectory.Tests.Pinyin;

public sealed class PinyinMatcherTests
{
    private static bool Matches(string personName, string query) =>
        PinyinMatcher.Matches(PinyinConverter.Shared.ConvertPersonName(personName), PinyinMatcher.Normalize(query)!);

    [Theory]
    [InlineData("zhangsan")]
    [InlineData("zs")]
    [InlineData("zhang")]
    [InlineData("zhangs")]
    [InlineData("zhangsa")]
    [InlineData("zhs")]
    [InlineData("san")]
    [InlineData("Zhang San")]
    [InlineData("zhang'san")]
    public void FindsZhangSan(string query) => Assert.True(Matches("张三", query));

    [Theory]
    [InlineData("lisi")]
    [InlineData("zhangsi")]
    [InlineData("sz")]
    [InlineData("an")]
    [InlineData("hang")]
    public void DoesNotFindZhangSanByOtherSpellings(string query) => Assert.False(Matches("张三", query));

    [Fact]
    public void InitialsThenFullSyllablesDoNotMix() => Assert.False(Matches("赵航", "zhang"));

    [Theory]
    [InlineData("单雄信", "shanxiongxin")]
    [InlineData("单雄信", "danxiongxin")]
    [InlineData("单雄信", "sxx")]
    [InlineData("单雄信", "dxx")]
    [InlineData("曾国藩", "zengguofan")]
    [InlineData("曾国藩", "cengguofan")]
    [InlineData("解晓东", "xiexiaodong")]
    [InlineData("解晓东", "jiexiaodong")]
    public void AnyReadingOfAHeteronymFindsThePerson(string personName, string query) => Assert.True(Matches(personName, query));

    [Theory]
    [InlineData("  ", null)]
    [InlineData("123", null)]
    [InlineData("Zhang San", "zhangsan")]
    public void NormalizeKeepsLowerCaseLetters(string query, string? expected) => Assert.Equal(expected, PinyinMatcher.Normalize(query));
}
