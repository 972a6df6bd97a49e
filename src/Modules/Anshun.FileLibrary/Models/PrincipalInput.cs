namespace Anshun.FileLibrary.Models;

/// <summary>
/// A principal as recipes and the API name it: <c>{"kind":"Role","value":"Staff"}</c>,
/// <c>{"kind":"Unit","value":"JYJ"}</c>, <c>{"kind":"User","value":"staff"}</c>,
/// <c>{"kind":"UnitRole","value":"JYJ","role":"DepartmentEditor"}</c> (users by user name, units by code).
/// </summary>
public sealed class PrincipalInput
{
    public string? Kind { get; set; }

    public string? Value { get; set; }

    public string? Role { get; set; }
}
