using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Services;

/// <summary>The composition rules of the password policy, without storage: length, character classes, no user name.</summary>
public static class PasswordPolicyRules
{
    public static IReadOnlyList<IdentityError> Check(PasswordPolicy policy, string? userName, string password)
    {
        var errors = new List<IdentityError>();
        if (password.Length < policy.MinimumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = $"密码长度不能少于 {policy.MinimumLength} 位。" });
        }

        if (CountCharacterClasses(password) < policy.RequiredCharacterClasses)
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordRequiresClasses",
                Description = $"密码必须包含大写字母、小写字母、数字、特殊符号中的至少 {policy.RequiredCharacterClasses} 类。",
            });
        }

        if (!string.IsNullOrWhiteSpace(userName) && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }

        return errors;
    }

    /// <summary>Upper-case, lower-case, digit, symbol: how many of these the password uses.</summary>
    public static int CountCharacterClasses(string password)
    {
        var upper = password.Any(char.IsUpper);
        var lower = password.Any(char.IsLower);
        var digit = password.Any(char.IsDigit);
        var symbol = password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c));
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
