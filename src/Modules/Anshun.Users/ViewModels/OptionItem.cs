namespace Anshun.Users.ViewModels;

/// <summary>A choice in a select list or checkbox group, with an optional note (e.g. the 三员 remit).</summary>
public sealed record OptionItem(string Value, string Text, string? Note = null);
