using Anshun.Testing;

namespace Anshun.FileLibrary.Tests;

/// <summary>The demo site with the default folders of <c>anshun-files</c> and the file librarian <c>filer</c>.</summary>
public class FileLibrarySiteFactory : AnshunSiteFactory
{
    public const string RecipeName = "anshun-files-test";

    public FileLibrarySiteFactory()
        : base(RecipeName)
    {
    }
}
