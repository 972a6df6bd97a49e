namespace Anshun.Contents.Models;

/// <summary>Someone who has read an item, and when they first opened it.</summary>
public sealed record ContentReader(string UserId, DateTime ReadUtc);
