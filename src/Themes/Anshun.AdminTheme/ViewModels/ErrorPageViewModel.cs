namespace Anshun.AdminTheme.ViewModels;

/// <summary>The friendly error page (错误页面).</summary>
/// <param name="HomeUrl">Where 返回首页 leads: the admin home for admin pages, the portal otherwise.</param>
public sealed record ErrorPageViewModel(int StatusCode, string Title, string Message, string SiteName, string HomeUrl, bool SignedIn);
