using System.Text.RegularExpressions;
using Anshun.Core.Organization;
using Anshun.Organization.Models;

namespace Anshun.Organization.Services;

/// <summary>The field rules of a unit, shared by the admin UI, the API and the recipe step.</summary>
public static partial class OrgUnitRules
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 100;
    public const int ShortNameMaxLength = 50;
    public const int PhoneMaxLength = 50;
    public const int AddressMaxLength = 200;
    public const int PositionMaxLength = 100;

    /// <summary>Codes are compared and stored in upper case, so <c>jyj</c> and <c>JYJ</c> are one unit.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Checks the fields of one unit on their own (uniqueness and the tree are checked by the manager).</summary>
    public static List<OrgFieldError> Validate(OrgUnitInput input)
    {
        var errors = new List<OrgFieldError>();
        var code = NormalizeCode(input.Code);
        if (code.Length == 0)
        {
            errors.Add(new("code", "请填写单位代码。"));
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(new("code", $"单位代码只能由字母、数字、连字符和下划线组成，以字母或数字开头，不超过 {CodeMaxLength} 个字符。"));
        }

        var name = Clean(input.Name);
        if (name is null)
        {
            errors.Add(new("name", "请填写单位名称。"));
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(new("name", $"单位名称不能超过 {NameMaxLength} 个字符。"));
        }

        if (Clean(input.ShortName) is { Length: > ShortNameMaxLength })
        {
            errors.Add(new("shortName", $"单位简称不能超过 {ShortNameMaxLength} 个字符。"));
        }

        if (input.Kind is null)
        {
            errors.Add(new("kind", "请选择单位类型。"));
        }
        else if (!Enum.IsDefined(input.Kind.Value))
        {
            errors.Add(new("kind", "单位类型无效。"));
        }

        if (Clean(input.Phone) is { Length: > PhoneMaxLength })
        {
            errors.Add(new("phone", $"联系电话不能超过 {PhoneMaxLength} 个字符。"));
        }

        if (Clean(input.Address) is { Length: > AddressMaxLength })
        {
            errors.Add(new("address", $"办公地址不能超过 {AddressMaxLength} 个字符。"));
        }

        return errors;
    }

    /// <summary>Parses a kind written by name (<c>Department</c>) or number, case-insensitively.</summary>
    public static bool TryParseKind(string? value, out OrgUnitKind kind) =>
        Enum.TryParse(value?.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{0,49}$")]
    private static partial Regex CodePattern();
}
