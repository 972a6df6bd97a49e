using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.SampleModule",
    "示例便笺",
    Description = "仅用于测试的示例模块：在门户中记录便笺。",
    Category = "测试",
    Dependencies = ["Anshun.PortalTheme"])]
