using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.AdminTheme",
    "管理后台主题",
    Description = "中文管理后台的布局、菜单、面包屑、提示信息与错误页面。",
    Category = "主题",
    Dependencies = [],
    AlwaysEnabled = true)]
