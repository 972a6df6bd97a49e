using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Audit",
    "安全审计",
    Description = "哈希链防篡改的安全审计日志，仅安全审计员可读。",
    Category = "安全",
    Dependencies = [],
    AlwaysEnabled = true)]
