namespace Anshun.Core.Web;

/// <summary>Flash messages (提示信息) shown once on the next page the user sees.</summary>
public interface INotifier
{
    void Add(NotifyType type, string text);

    /// <summary>Takes the pending messages; the admin layout calls this once per page.</summary>
    IReadOnlyList<FlashMessage> TakeAll();
}
