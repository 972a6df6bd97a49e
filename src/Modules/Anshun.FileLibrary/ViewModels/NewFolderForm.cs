namespace Anshun.FileLibrary.ViewModels;

/// <summary>
/// The new-folder form. Readers and managers are one principal per line: <c>角色:Staff</c>, <c>单位:JYJ</c>,
/// <c>用户:staff</c>, <c>单位角色:JYJ:DepartmentEditor</c> (English kinds work too).
/// </summary>
public sealed class NewFolderForm
{
    public string? Name { get; set; }

    public string? ParentId { get; set; }

    public string? Description { get; set; }

    public string? Readers { get; set; }

    public string? Managers { get; set; }
}
