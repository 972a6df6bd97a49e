using Anshun.StaffDirectory.Pinyin;

namespace Anshun.StaffDirectory.Tests.Pinyin;

public sealed class PinyinConverterTests
{
    private readonly PinyinConverter _converter = PinyinConverter.Shared;

    [Fact]
    public void TableCoversTheCommonIdeographs()
    {
        Assert.True(PinyinTable.Shared.Count > 20_000, $"只有 {PinyinTable.Shared.Count} 个汉字。");
        Assert.Equal("zhang", PinyinTable.Shared.ReadingsOf('张')[0]);
        Assert.Empty(PinyinTable.Shared.ReadingsOf('a'));
    }

    [Fact]
    public void ConvertsANameToFullSpellingAndInitials()
    {
        var name = _converter.ConvertPersonName("张三");

        Assert.Equal("zhangsan", name.Full);
        Assert.Equal("zs", name.Initials);
    }

    [Theory]
    [InlineData("单雄信", "shanxiongxin", "sxx")]
    [InlineData("解晓东", "xiexiaodong", "xxd")]
    [InlineData("曾国藩", "zengguofan", "zgf")]
    [InlineData("仇英", "qiuying", "qy")]
    [InlineData("尉迟恭", "yuchigong", "ycg")]
    public void SurnameHeteronymTakesItsSurnameReadingAsFirstCharacter(string personName, string full, string initials)
    {
        var name = _converter.ConvertPersonName(personName);

        Assert.Equal(full, name.Full);
        Assert.Equal(initials, name.Initials);
    }

    [Fact]
    public void HeteronymElsewhereKeepsItsEverydayReading()
    {
        Assert.Equal("jiandan", _converter.Convert("简单").Full);
        Assert.Equal("wangdan", _converter.ConvertPersonName("王单").Full);
        Assert.Equal("cengjing", _converter.Convert("曾经").Full);
    }

    [Fact]
    public void KeepsEveryReadingOfAHeteronymForMatching()
    {
        var name = _converter.ConvertPersonName("单雄信");

        Assert.Equal("shan", name.Syllables[0][0]);
        Assert.Contains("dan", name.Syllables[0]);
    }

    [Fact]
    public void PassesNonChineseTextThroughInLowerCase()
    {
        var name = _converter.ConvertPersonName("Tom 李");

        Assert.Equal("tomli", name.Full);
        Assert.Equal("tl", name.Initials);
        Assert.Equal("abc123", _converter.Convert("ABC-123").Full.Replace(" ", ""));
        Assert.Same(PinyinName.Empty, _converter.Convert("·"));
    }

    [Fact]
    public void WritesUmlautAsV()
    {
        Assert.Equal("lvnv", _converter.Convert("吕女").Full);
    }

    [Fact]
    public void ParsesTheGeneratedFormat()
    {
        var table = PinyinTable.Parse(new StringReader("# comment\ndan\t丹单\nshan\t山\n*单\tchan,shan\n"));

        Assert.Equal(3, table.Count);
        Assert.Equal(["dan", "chan", "shan"], table.ReadingsOf('单'));
        Assert.Equal(["dan"], table.ReadingsOf('丹'));
    }
}
