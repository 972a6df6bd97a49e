namespace Anshun.Contents.Services;

/// <summary>No such item or version, or it is deleted.</summary>
public sealed class ContentNotFoundException(string message) : Exception(message);
