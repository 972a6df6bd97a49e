namespace Anshun.Contents.ViewModels;

/// <summary>An issuing unit (发布单位) offered by the list filter.</summary>
public sealed record PortalUnitOption(string Id, string Name);
