namespace Anshun.Core.Setup;

/// <summary>Creates the built-in <c>admin</c> (系统管理员) during first-run setup. Implemented by the users module.</summary>
public interface IAdministratorInitializer
{
    /// <summary>
    /// Creates <c>admin</c> with the given password, or with a generated one that must be changed at
    /// first login. Returns the generated password, or null when one was given.
    /// </summary>
    Task<string?> CreateAdministratorAsync(string? password, CancellationToken cancellationToken = default);
}
