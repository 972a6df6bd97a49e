namespace Anshun.Organization.Services;

/// <summary>
/// Refused input or a refused change, with a Chinese message naming the field. Derives from
/// <see cref="ArgumentException"/> so callers through <c>IOrganizationService</c> need not know this type.
/// </summary>
public sealed class OrgValidationException : ArgumentException
{
    public OrgValidationException(string field, string message)
        : this([new OrgFieldError(field, message)])
    {
    }

    public OrgValidationException(IReadOnlyList<OrgFieldError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<OrgFieldError> Errors { get; }

    /// <summary>The first offending field.</summary>
    public string Field => Errors[0].Field;

    /// <summary>Errors grouped by field, the shape of <c>ApiProblems.Validation</c>.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
