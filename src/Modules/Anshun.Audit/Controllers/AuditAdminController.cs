using System.Globalization;
using System.Text.Json;
using Anshun.Audit.Models;
using Anshun.Audit.Services;
using Anshun.Audit.ViewModels;
using Anshun.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Audit.Controllers;

/// <summary>安全审计日志: the auditor's page — filters, the records, and the integrity check.</summary>
[Route("admin/audit")]
[RequirePermission(AuditPermissions.Read)]
public sealed class AuditAdminController(AuditQueryService queries, AuditVerifier verifier) : Controller
{
    private const string VerificationKey = "audit:verification";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!AuditTimeParser.TryParse(form.From, isEnd: false, out var fromUtc))
        {
            errors[nameof(form.From)] = "开始日期格式不正确，请按“年-月-日”填写。";
        }

        if (!AuditTimeParser.TryParse(form.To, isEnd: true, out var toUtc))
        {
            errors[nameof(form.To)] = "结束日期格式不正确，请按“年-月-日”填写。";
        }
        else if (fromUtc is not null && toUtc <= fromUtc)
        {
            errors[nameof(form.To)] = "结束日期不能早于开始日期。";
        }

        var take = ParseOrDefault(form.Take, AuditFilter.DefaultTake);
        if (take is null or < 1 or > AuditFilter.MaxTake)
        {
            errors[nameof(form.Take)] = $"每页条数应为 1 到 {AuditFilter.MaxTake} 之间的整数。";
            take = AuditFilter.DefaultTake;
        }

        var page = ParseOrDefault(form.Page, 1);
        if (page is null or < 1)
        {
            errors[nameof(form.Page)] = "页码应为正整数。";
            page = 1;
        }

        var filter = new AuditFilter
        {
            FromUtc = errors.ContainsKey(nameof(form.From)) ? null : fromUtc,
            ToUtc = errors.ContainsKey(nameof(form.To)) ? null : toUtc,
            UserName = form.User,
            EventType = form.Type,
            Take = take.Value,
            Skip = (int)Math.Min(int.MaxValue, (long)(page.Value - 1) * take.Value),
        };
        var types = await queries.EventTypesAsync(cancellationToken);

        ViewData["Title"] = "安全审计日志";
        return View(new AuditIndexViewModel
        {
            Form = form,
            Results = await queries.SearchAsync(filter, cancellationToken),
            EventTypes = types.Select(t => new KeyValuePair<string, string>(t, AuditEventNames.DisplayName(t))).ToList(),
            PageNumber = page.Value,
            Take = take.Value,
            Errors = errors,
            Verification = TempData[VerificationKey] is string json ? JsonSerializer.Deserialize<AuditVerification>(json) : null,
        });
    }

    /// <summary>校验完整性: checks the whole chain, records the check, and shows the outcome on the list.</summary>
    [HttpPost("verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAndRecordAsync(cancellationToken);
        TempData[VerificationKey] = JsonSerializer.Serialize(result);
        return RedirectToAction(nameof(Index));
    }

    private static int? ParseOrDefault(string? text, int defaultValue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
