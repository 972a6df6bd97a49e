using Anshun.Users.Models;
using Anshun.Users.Services;

namespace Anshun.Users.Tests;

public sealed class PasswordPolicyRulesTests
{
    private static readonly PasswordPolicy Policy = new();

    [Theory]
    [InlineData("Ab1#", "PasswordTooShort")]
    [InlineData("abcdefgh1", "PasswordRequiresClasses")]
    [InlineData("ABCDEFGH", "PasswordRequiresClasses")]
    [InlineData("Xx#zhangsan9", "PasswordContainsUserName")]
    [InlineData("xx#ZHANGSAN9", "PasswordContainsUserName")]
    public void RefusesPasswordsBreakingARule(string password, string code)
    {
        var errors = PasswordPolicyRules.Check(Policy, "zhangsan", password);

        Assert.Contains(errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("Anshun2026")]
    [InlineData("anshun#2026")]
    [InlineData("ANSHUN#cms")]
    [InlineData("政务Ab1#内网")]
    public void AcceptsThreeOfFourClassesWithoutTheUserName(string password)
    {
        Assert.Empty(PasswordPolicyRules.Check(Policy, "zhangsan", password));
    }

    [Fact]
    public void EveryMessageIsChinese()
    {
        var errors = PasswordPolicyRules.Check(Policy, "zhang", "zhang");

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Description));
        Assert.Contains(errors, e => e.Description == "密码长度不能少于 8 位。");
        Assert.Contains(errors, e => e.Description == "密码不能包含用户名。");
    }

    [Fact]
    public void StricterPolicyRequiresAllFourClassesAndMoreLength()
    {
        var strict = new PasswordPolicy { MinimumLength = 12, RequiredCharacterClasses = 4 };

        var errors = PasswordPolicyRules.Check(strict, "zhangsan", "Anshun2026x");

        Assert.Contains(errors, e => e.Description == "密码长度不能少于 12 位。");
        Assert.Contains(errors, e => e.Code == "PasswordRequiresClasses");
        Assert.Empty(PasswordPolicyRules.Check(strict, "zhangsan", "Anshun#2026xy"));
    }

    [Fact]
    public void AHandEditedPolicyCannotFallBelowTheFloor()
    {
        var weak = new PasswordPolicy { MinimumLength = 4, RequiredCharacterClasses = 1, ExpiryDays = 0, HistoryCount = 1 }.Effective();

        Assert.Equal(8, weak.MinimumLength);
        Assert.Equal(3, weak.RequiredCharacterClasses);
        Assert.Equal(1, weak.ExpiryDays);
        Assert.Equal(5, weak.HistoryCount);
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("aB", 2)]
    [InlineData("aB3", 3)]
    [InlineData("aB3_", 4)]
    public void CountsCharacterClasses(string password, int expected)
    {
        Assert.Equal(expected, PasswordPolicyRules.CountCharacterClasses(password));
    }
}
