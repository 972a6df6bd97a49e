namespace Anshun.Users.Services;

/// <summary>
/// The outcome of an administrative change: either done, or refused with Chinese messages per field
/// (camelCase field names, as in the JSON API; the UI maps them to its form fields). Nothing is saved when refused.
/// </summary>
public sealed class OperationResult
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Succeeded => _errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> Errors => _errors;

    public OperationResult AddError(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public static OperationResult Fail(string field, string message) => new OperationResult().AddError(field, message);

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>All messages, one sentence after another, for a recipe step or a flash message.</summary>
    public string Describe() => string.Join(" ", _errors.SelectMany(e => e.Value));
}
