namespace Anshun.FileLibrary.Models;

/// <summary>A folder to create, as the API and the <c>fileFolders</c> recipe step give it.</summary>
public sealed class FolderInput
{
    public string? Name { get; set; }

    public string? ParentId { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Empty: the parent's readers (everyone signed in at the top).</summary>
    public List<PrincipalInput> Readers { get; set; } = [];

    public List<PrincipalInput> Managers { get; set; } = [];
}
