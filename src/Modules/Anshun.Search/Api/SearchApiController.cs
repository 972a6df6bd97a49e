using Anshun.Core.Web;
using Anshun.Search.Engine;
using Anshun.Search.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Search.Api;

/// <summary>
/// <c>GET /api/search</c>: full-text search for any signed-in caller (cookie or bearer token), trimmed to what the
/// caller may read inside the query. Bad input answers 400 naming the parameter; nothing here ever answers 500
/// for odd query text (quotes, operators, wildcards and very long input are read as plain words).
/// </summary>
[ApiController]
[Authorize]
[Route("api/search")]
[Tags("全文检索")]
public sealed class SearchApiController(SearchService search) : ControllerBase
{
    /// <summary>One page of hits; every parameter is read as text so a bad one is reported by name in Chinese.</summary>
    [HttpGet("")]
    [EndpointSummary("全文检索：q 检索词（必填），type 内容类型，section 栏目代码（含下级栏目），unit 发布单位代码，from/to 发布日期（yyyy-MM-dd，北京时间），sort（relevance 相关度 | newest 发布时间），page、pageSize（1–50）")]
    [ProducesResponseType<SearchResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IResult> SearchAsync(
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? section, [FromQuery] string? unit,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? sort, [FromQuery] string? page,
        [FromQuery] string? pageSize, CancellationToken cancellationToken)
    {
        var (request, errors) = SearchQueryParser.Parse(q, type, section, unit, from, to, sort, page, pageSize);
        if (request is null)
        {
            return ApiProblems.Validation(errors);
        }

        try
        {
            var results = await search.SearchAsync(User, request, cancellationToken);
            return Results.Ok(SearchResultDto.From(request.Query, results));
        }
        catch (SearchValidationException ex)
        {
            return ApiProblems.Validation(ex.Field, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "未登录", ex.Message);
        }
    }
}
