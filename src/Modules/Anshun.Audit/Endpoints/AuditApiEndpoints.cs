using System.Globalization;
using Anshun.Audit.Models;
using Anshun.Audit.Services;
using Anshun.Core.Security;
using Anshun.Core.Time;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Audit.Endpoints;

/// <summary>
/// <c>GET /api/audit?from=&amp;to=&amp;user=&amp;type=&amp;take=&amp;skip=</c> lists records newest first;
/// <c>POST /api/audit/verify</c> checks the chain. POST because the check is itself recorded in the log.
/// Both need <see cref="AuditPermissions.Read"/>.
/// </summary>
public static class AuditApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit")
            .RequireAuthorization(Permission.PolicyPrefix + AuditPermissions.Read);
        group.MapGet("", ListAsync);
        group.MapPost("/verify", VerifyAsync);
    }

    private static async Task<IResult> ListAsync(
        string? from,
        string? to,
        string? user,
        string? type,
        string? take,
        string? skip,
        AuditQueryService queries,
        CancellationToken cancellationToken)
    {
        if (!AuditTimeParser.TryParse(from, isEnd: false, out var fromUtc))
        {
            return ApiProblems.Validation("from", "开始时间（from）格式不正确，请使用 yyyy-MM-dd 或 ISO 8601 时间。");
        }

        if (!AuditTimeParser.TryParse(to, isEnd: true, out var toUtc))
        {
            return ApiProblems.Validation("to", "结束时间（to）格式不正确，请使用 yyyy-MM-dd 或 ISO 8601 时间。");
        }

        if (fromUtc is not null && toUtc is not null && toUtc <= fromUtc)
        {
            return ApiProblems.Validation("to", "结束时间（to）不能早于开始时间（from）。");
        }

        var takeValue = AuditFilter.DefaultTake;
        if (take is not null && (!int.TryParse(take, NumberStyles.None, CultureInfo.InvariantCulture, out takeValue)
            || takeValue < 1 || takeValue > AuditFilter.MaxTake))
        {
            return ApiProblems.Validation("take", $"每次读取条数（take）应为 1 到 {AuditFilter.MaxTake} 之间的整数。");
        }

        var skipValue = 0;
        if (skip is not null && !int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out skipValue))
        {
            return ApiProblems.Validation("skip", "跳过条数（skip）应为不小于 0 的整数。");
        }

        var filter = new AuditFilter
        {
            FromUtc = fromUtc,
            ToUtc = toUtc,
            UserName = user,
            EventType = type,
            Take = takeValue,
            Skip = skipValue,
        };
        var page = await queries.SearchAsync(filter, cancellationToken);
        return Results.Ok(new
        {
            total = page.Total,
            skip = filter.Skip,
            take = filter.Take,
            items = page.Items.Select(r => new
            {
                sequence = r.Sequence,
                timeUtc = r.TimeUtc,
                time = ChinaTime.FromUtc(r.TimeUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                eventType = r.EventType,
                eventName = AuditEventNames.DisplayName(r.EventType),
                userName = r.UserName,
                userId = r.UserId,
                clientIp = r.ClientIp,
                target = r.Target,
                detail = r.Detail,
                succeeded = r.Succeeded,
                previousHash = r.PreviousHash,
                hash = r.Hash,
            }),
        });
    }

    private static async Task<IResult> VerifyAsync(AuditVerifier verifier, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAndRecordAsync(cancellationToken);
        return Results.Ok(new
        {
            valid = result.Valid,
            count = result.Count,
            firstBrokenSequence = result.FirstBrokenSequence,
            problem = ProblemName(result.Problem),
            reason = result.Reason,
        });
    }

    private static string? ProblemName(AuditChainProblem problem) => problem switch
    {
        AuditChainProblem.Altered => "altered",
        AuditChainProblem.Missing => "missing",
        AuditChainProblem.ChainMismatch => "chainMismatch",
        _ => null,
    };
}
