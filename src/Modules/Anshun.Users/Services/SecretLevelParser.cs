using Anshun.Core.Security;

namespace Anshun.Users.Services;

public static class SecretLevelParser
{
    /// <summary>Parses Public/Internal/Secret/Confidential (any case) or 公开/内部/秘密/机密; null when neither.</summary>
    public static SecretLevel? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        foreach (var level in Enum.GetValues<SecretLevel>())
        {
            if (string.Equals(value, level.ToString(), StringComparison.OrdinalIgnoreCase) || value == SecretLevelNames.DisplayName(level))
            {
                return level;
            }
        }

        return null;
    }
}
