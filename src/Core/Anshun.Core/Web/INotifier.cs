namespace Anshun.Core.Web;

/// <summary>Flash messages (提示信息) shown once on the next page the user sees.</summary>
public interface INotifier
{
    void Add(NotifyType type, string text);

    /// <summary>Whether messages wait to be shown — a page that would show them must not come from a cache.</summary>
    bool HasPending { get; }

    /// <summary>Takes the pending messages; the admin layout calls this once per page.</summary>
    IReadOnlyList<FlashMessage> TakeAll();
}
