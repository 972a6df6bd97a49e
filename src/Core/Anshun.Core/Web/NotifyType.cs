namespace Anshun.Core.Web;

public enum NotifyType
{
    Success,
    Info,
    Warning,
    Error,
}
