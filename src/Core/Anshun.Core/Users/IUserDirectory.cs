namespace Anshun.Core.Users;

/// <summary>Looks up user accounts. Implemented by the users module.</summary>
public interface IUserDirectory
{
    Task<UserInfo?> FindByIdAsync(string userId, CancellationToken cancellationToken = default);

    Task<UserInfo?> FindByNameAsync(string userName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserInfo>> GetByIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
}
