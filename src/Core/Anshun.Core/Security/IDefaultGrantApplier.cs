namespace Anshun.Core.Security;

/// <summary>
/// Gives roles the <see cref="DefaultGrant"/>s of the enabled modules that were never given before. The platform
/// runs it at every start after migrations and setup; implemented by the users module, which owns roles.
/// </summary>
public interface IDefaultGrantApplier
{
    Task ApplyAsync(CancellationToken cancellationToken = default);
}
