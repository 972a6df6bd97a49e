namespace Anshun.Features.Models;

/// <summary>A module named in a list: its id and Chinese name.</summary>
public sealed record ModuleReference(string Id, string Name);
