namespace Anshun.Contents.ViewModels;

/// <summary>One choice of an admin select or filter.</summary>
/// <param name="Note">Extra text (a code, a hint) shown beside the name.</param>
public sealed record AdminOption(string Value, string Text, string? Note = null);
