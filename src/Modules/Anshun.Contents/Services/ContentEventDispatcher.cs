using Anshun.Contents.Data;
using Anshun.Core.Contents;

namespace Anshun.Contents.Services;

/// <summary>Calls every registered <see cref="IContentEventHandler"/>, in registration order, inside the change's transaction.</summary>
public sealed class ContentEventDispatcher(IEnumerable<IContentEventHandler> handlers)
{
    public async Task RaiseAsync(
        Func<IContentEventHandler, ContentEventContext, CancellationToken, Task> handle,
        ContentEventContext context,
        CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handle(handler, context, cancellationToken);
        }
    }

    public static ContentEventContext Context(ContentItemRecord item, int versionNumber, string title, string? sectionId, string? userId) =>
        new(item.Id, item.ContentType, sectionId, versionNumber, title, userId);
}
