using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Features",
    "模块与设置",
    Description = "查看并启用、停用功能模块，维护站点设置。",
    Category = "平台",
    Dependencies = ["Anshun.Audit"],
    AlwaysEnabled = true)]
