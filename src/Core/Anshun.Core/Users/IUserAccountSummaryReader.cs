namespace Anshun.Core.Users;

/// <summary>
/// Reads a user's account summary (roles by their Chinese names, last sign-in). Implemented by the
/// users module; consumers treat it as optional and show less when it is not registered.
/// </summary>
public interface IUserAccountSummaryReader
{
    Task<UserAccountSummary?> GetSummaryAsync(string userId, CancellationToken cancellationToken = default);
}
