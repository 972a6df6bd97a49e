namespace Anshun.Users.Models;

/// <summary>The user list's filter: text (user name, 姓名 or unit name), a unit (with its sub-units), and paging.</summary>
public sealed class UserSearch
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public string? Query { get; set; }

    /// <summary>Unit id or code.</summary>
    public string? Unit { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;
}
