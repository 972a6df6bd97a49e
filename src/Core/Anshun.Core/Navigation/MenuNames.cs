namespace Anshun.Core.Navigation;

public static class MenuNames
{
    /// <summary>The admin sidebar (管理后台).</summary>
    public const string Admin = "admin";

    /// <summary>The portal's main navigation (门户导航).</summary>
    public const string Portal = "portal";
}
