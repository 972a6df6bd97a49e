using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Directory",
    "公共通讯录",
    Description = "由组织机构与用户生成的公共通讯录：按姓名、单位、电话及拼音全拼和首字母检索，手机号按本人意愿公开，可导出 Excel 与 CSV。",
    Category = "门户",
    Dependencies = ["Anshun.Organization", "Anshun.Users"])]
