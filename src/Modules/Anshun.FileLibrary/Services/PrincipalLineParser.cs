using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.Services;

/// <summary>
/// Reads the folder form's principal lines (<c>角色:Staff</c>, <c>单位:JYJ</c>, <c>用户:staff</c>,
/// <c>单位角色:JYJ:DepartmentEditor</c>; English kinds and full-width colons work too).
/// </summary>
public static class PrincipalLineParser
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["用户"] = "User",
        ["角色"] = "Role",
        ["单位"] = "Unit",
        ["单位角色"] = "UnitRole",
        ["User"] = "User",
        ["Role"] = "Role",
        ["Unit"] = "Unit",
        ["UnitRole"] = "UnitRole",
    };

    public static List<PrincipalInput> Parse(string? text, string field)
    {
        var result = new List<PrincipalInput>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            var parts = line.Replace('：', ':').Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !Kinds.TryGetValue(parts[0], out var kind) || (kind == "UnitRole") != (parts.Length == 3) || parts.Length > 3)
            {
                throw FileLibraryException.Invalid(field,
                    $"“{line}”格式不正确，请每行填写一项，如“角色:Staff”“单位:JYJ”“用户:staff”或“单位角色:JYJ:DepartmentEditor”。");
            }

            result.Add(new PrincipalInput { Kind = kind, Value = parts[1], Role = parts.Length == 3 ? parts[2] : null });
        }

        return result;
    }
}
