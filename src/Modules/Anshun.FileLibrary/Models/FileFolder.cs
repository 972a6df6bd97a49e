namespace Anshun.FileLibrary.Models;

/// <summary>文件夹: a row of <c>FileLib_Folders</c>.</summary>
public sealed class FileFolder
{
    public string Id { get; set; } = "";

    public string? ParentId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
