namespace Anshun.Organization.Services;

/// <summary>One invalid field: its JSON name (<c>code</c>, <c>name</c>, ...) and a Chinese sentence saying what is wrong.</summary>
public sealed record OrgFieldError(string Field, string Message);
