namespace Anshun.Core.Users;

/// <summary>Which account changed, passed to every <see cref="IUserEventHandler"/>.</summary>
public sealed record UserEventContext(string UserId, string UserName);
