using System.Globalization;
using Anshun.Audit.Models;
using Microsoft.AspNetCore.Http;

namespace Anshun.Audit.ViewModels;

public sealed class AuditIndexViewModel
{
    public static readonly int[] TakeChoices = [20, 50, 100, 200, 500, 1000];

    public required AuditFilterForm Form { get; init; }

    public required AuditPage Results { get; init; }

    /// <summary>Event types for the dropdown: value and Chinese name.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> EventTypes { get; init; }

    public int PageNumber { get; init; } = 1;

    public int Take { get; init; } = AuditFilter.DefaultTake;

    public int PageCount => Math.Max(1, (Results.Total + Take - 1) / Take);

    /// <summary>Errors in the filter, by field (From, To, Take, Page).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The result of the verification just run, shown once after the redirect.</summary>
    public AuditVerification? Verification { get; init; }

    /// <summary>The page's query string with another page number.</summary>
    public string PageQuery(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["from"] = Form.From,
            ["to"] = Form.To,
            ["user"] = Form.User,
            ["type"] = Form.Type,
            ["take"] = Take.ToString(CultureInfo.InvariantCulture),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
