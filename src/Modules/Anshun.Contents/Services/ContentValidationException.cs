namespace Anshun.Contents.Services;

/// <summary>
/// Bad input: <see cref="Field"/> is the input's name as the API spells it (<c>title</c>,
/// <c>sectionId</c>, <c>body</c>, <c>attachments</c>, <c>fields.DocumentNumber</c>) and the message
/// is a whole Chinese sentence naming it. Nothing was saved.
/// </summary>
public sealed class ContentValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
