using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.Users",
    "用户与权限",
    Description = "用户、角色与权限，三员分立，登录、密码策略、账号锁定与动态口令。",
    Category = "安全",
    Dependencies = ["Anshun.Organization", "Anshun.Audit"],
    AlwaysEnabled = true)]
