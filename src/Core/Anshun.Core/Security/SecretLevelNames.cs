namespace Anshun.Core.Security;

public static class SecretLevelNames
{
    public static string DisplayName(SecretLevel level) => level switch
    {
        SecretLevel.Public => "公开",
        SecretLevel.Internal => "内部",
        SecretLevel.Secret => "秘密",
        SecretLevel.Confidential => "机密",
        _ => level.ToString(),
    };
}
