namespace Anshun.Audit.ViewModels;

/// <summary>The filter form of the audit page, as typed (dates are Beijing days, <c>yyyy-MM-dd</c>).</summary>
public sealed class AuditFilterForm
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? User { get; set; }

    public string? Type { get; set; }

    public string? Take { get; set; }

    public string? Page { get; set; }
}
