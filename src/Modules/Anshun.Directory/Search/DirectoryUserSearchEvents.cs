using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.Core.Users;

namespace Anshun.StaffDirectory.Search;

/// <summary>
/// Tells the search index to look again at a person's entries when their account changes (name, phones,
/// e-mail, 启用/停用). The task is written inside the change's transaction; the queue is taken only when
/// needed, since the users module builds its handlers on every account change.
/// </summary>
public sealed class DirectoryUserSearchEvents(Deferred<ISearchIndexQueue> queue) : IUserEventHandler
{
    public Task CreatedAsync(UserEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    public Task UpdatedAsync(UserEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    public Task EnabledAsync(UserEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    public Task DisabledAsync(UserEventContext context, CancellationToken cancellationToken) => EnqueueAsync(context, cancellationToken);

    private Task EnqueueAsync(UserEventContext context, CancellationToken cancellationToken) =>
        queue.Value.EnqueueScopeAsync(DirectorySearchSource.SourceName, DirectorySearchSource.UserScope(context.UserId), cancellationToken);
}
