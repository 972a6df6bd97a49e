using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Contents",
    "内容管理",
    Description = "内容类型（部件与字段）、版本、发布与定时发布、栏目及其编辑/审核/阅读范围、附件、阅读记录，以及门户栏目页与内容接口。",
    Category = "门户",
    Dependencies = ["Anshun.Organization", "Anshun.Users", "Anshun.Audit"])]
