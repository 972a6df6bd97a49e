namespace Anshun.AdminTheme.ViewModels;

/// <summary>系统信息 on the admin home.</summary>
/// <param name="NowLocal">Now, in Beijing time.</param>
public sealed record SystemInfoViewModel(
    string SiteName,
    string Version,
    string Runtime,
    string DatabaseName,
    int EnabledModuleCount,
    int ModuleCount,
    DateTime NowLocal);
