using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Anshun.OpenId.Endpoints;

/// <summary>
/// The OpenAPI document of the JSON API (<c>/openapi/v1.json</c>) and its reference page
/// (<c>/openapi</c>, Scalar served from the package, no CDN). Both need a signed-in user.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentPattern = "/openapi/{documentName}.json";

    public static void AddServices(IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "安顺市政府办公信息系统 接口";
                document.Info.Description = "内网门户的 JSON 接口。浏览器以登录 Cookie 调用（写操作须带 X-CSRF-TOKEN 头），其他系统以 Authorization: Bearer 令牌调用（见 docs/sso.md）。";
                return Task.CompletedTask;
            });
        });

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern).RequireAuthorization();
        endpoints.MapScalarApiReference("/openapi", options => options
                .WithTitle("接口文档")
                .WithOpenApiRoutePattern(DocumentPattern)
                .DisableDefaultFonts())
            .RequireAuthorization();
    }
}
