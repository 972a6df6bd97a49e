using Anshun.Core.Modules;

[assembly: Module(
    "Anshun.OpenId",
    "单点登录与接口令牌",
    Description = "门户作为 OpenID Connect 身份提供方：其他政务系统经授权码 + PKCE 单点登录，系统间以客户端凭据获取接口令牌；并提供 OpenAPI 接口文档。",
    Category = "安全",
    Dependencies = ["Anshun.Users", "Anshun.Audit"],
    AlwaysEnabled = false)]
