namespace Anshun.StaffDirectory.Models;

/// <summary>A directory search (通讯录查询), already validated.</summary>
/// <param name="UnitId">Restricts to this unit (and its sub-units when <paramref name="IncludeSubUnits"/>).</param>
public sealed record DirectoryQuery(string? Text, string? UnitId, bool IncludeSubUnits, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
