using Microsoft.AspNetCore.Html;

namespace Anshun.Contents.ViewModels;

/// <summary>A field of an item rendered for readers by its type (dates, tags, links, people and units by name).</summary>
/// <param name="IsBlock">Rich text (更新说明, 安装说明): shown as its own titled block after the body.</param>
public sealed record PortalFieldView(string Name, string Label, IHtmlContent Value, bool IsBlock);
