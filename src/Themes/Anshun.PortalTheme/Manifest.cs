using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.PortalTheme",
    "门户主题",
    Description = "内网门户的布局与首页。",
    Category = "主题",
    Dependencies = ["Anshun.AdminTheme"],
    AlwaysEnabled = false)]
