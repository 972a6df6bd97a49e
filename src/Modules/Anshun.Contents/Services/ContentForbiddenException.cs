namespace Anshun.Contents.Services;

/// <summary>The caller may not do this (another department's section, not a reviewer, ...); nothing changed.</summary>
public sealed class ContentForbiddenException(string message) : Exception(message);
