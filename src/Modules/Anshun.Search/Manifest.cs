using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Search",
    "全文检索",
    Description = "门户全文检索：中文分词与二元切分并用，按阅读权限在检索中过滤，各节点各自维护索引并从数据库任务日志追赶。",
    Category = "门户",
    Dependencies = ["Anshun.Users", "Anshun.Audit"])]
