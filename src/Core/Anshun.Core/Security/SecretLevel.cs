namespace Anshun.Core.Security;

/// <summary>
/// 密级: of information, and of a person the highest level they are cleared to read.
/// Ordered: a user cleared for <see cref="Secret"/> may read <see cref="Internal"/> too.
/// </summary>
public enum SecretLevel
{
    /// <summary>公开 / 非密.</summary>
    Public = 0,

    /// <summary>内部.</summary>
    Internal = 1,

    /// <summary>秘密.</summary>
    Secret = 2,

    /// <summary>机密.</summary>
    Confidential = 3,
}
