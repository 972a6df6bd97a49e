using System.ComponentModel.DataAnnotations;
using Anshun.Core.Data;
using Anshun.Core.Setup;

namespace Anshun.Core;

/// <summary>The <c>Anshun</c> configuration section (environment: <c>Anshun__AppData</c>, <c>Anshun__Database__Provider</c>, ...).</summary>
public sealed class AnshunOptions
{
    public const string SectionName = "Anshun";

    /// <summary>Folder for the SQLite file, uploads and indexes. Relative paths are relative to the site's content root.</summary>
    public string AppData { get; set; } = "App_Data";

    [Required]
    public DatabaseOptions Database { get; set; } = new();

    [Required]
    public SetupOptions Setup { get; set; } = new();

    /// <summary>Extra folders to look for recipe files in, besides the <c>recipes</c> folder beside the application.</summary>
    public List<string> RecipeFolders { get; set; } = [];
}
