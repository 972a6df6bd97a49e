namespace Anshun.Core.Web;

public sealed record FlashMessage(NotifyType Type, string Text);
