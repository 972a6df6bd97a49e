using Anshun.Contents.Models;

namespace Anshun.Contents.Portal;

/// <summary>What a home widget shows, shared by readers with the same access: items and, for 软件下载, versions.</summary>
public sealed record PortalWidgetData(IReadOnlyList<ContentSummary> Items, IReadOnlyDictionary<string, string> Versions);
