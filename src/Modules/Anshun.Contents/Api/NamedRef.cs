namespace Anshun.Contents.Api;

/// <summary>An id with the name people read (栏目, 发布单位) in API responses.</summary>
public sealed record NamedRef(string Id, string? Code, string Name);
