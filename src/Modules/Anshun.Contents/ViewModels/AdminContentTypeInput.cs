namespace Anshun.Contents.ViewModels;

/// <summary>The posted content type form; input names follow the store's error keys (<c>name</c>, <c>fields[2].name</c>).</summary>
public sealed class AdminContentTypeInput
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool Creatable { get; set; } = true;

    public List<string> Parts { get; set; } = [];

    public List<AdminFieldRow> Fields { get; set; } = [];
}
