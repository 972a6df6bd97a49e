namespace Anshun.AdminTheme.Models;

/// <summary>The Chinese wording of one HTTP error: for the page and for the API's problem details.</summary>
/// <param name="Title">页面标题, e.g. 页面不存在.</param>
/// <param name="Message">What the person at the browser should know and do.</param>
/// <param name="ApiTitle">Problem details title.</param>
/// <param name="ApiDetail">Problem details detail.</param>
public sealed record ErrorText(string Title, string Message, string ApiTitle, string ApiDetail);
