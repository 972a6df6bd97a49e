using Anshun.Core.Navigation;

namespace Anshun.FileLibrary;

/// <summary>文件资料共享 in the portal navigation.</summary>
public sealed class FileLibraryNavigation : INavigationProvider
{
    public void BuildNavigation(string menuName, NavigationBuilder builder)
    {
        if (menuName != MenuNames.Portal)
        {
            return;
        }

        builder.Add("文件资料共享", 70, item => item.Url("/files").Icon("folder2-open"));
    }
}
