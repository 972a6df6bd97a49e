namespace Anshun.Search.Engine;

/// <summary>
/// A search that cannot be run as asked (检索条件有误); <see cref="Field"/> names the request field
/// (<c>q</c>, <c>to</c>) so the API can answer 400 with <c>ApiProblems.Validation(Field, Message)</c>.
/// </summary>
public sealed class SearchValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
