using Microsoft.AspNetCore.Http;

namespace Anshun.Core.Web;

/// <summary>
/// Problem details (RFC 9457) with Chinese text for the JSON API. Validation errors name the
/// field: <c>errors: { "userName": ["请填写用户名。"] }</c>.
/// </summary>
public static class ApiProblems
{
    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Validation(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "输入有误", detail: string.Join(" ", errors.SelectMany(e => e.Value)));

    public static IResult Problem(int statusCode, string title, string? detail = null) =>
        Results.Problem(statusCode: statusCode, title: title, detail: detail);

    public static IResult Forbidden(string? detail = null) =>
        Problem(StatusCodes.Status403Forbidden, "没有权限", detail ?? "您没有执行此操作的权限。");

    public static IResult NotFound(string? detail = null) =>
        Problem(StatusCodes.Status404NotFound, "未找到", detail ?? "请求的对象不存在。");
}
