using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>What the form needs to draw one custom field.</summary>
/// <param name="Values">The current input values (a link: its address then its text; people: user names).</param>
/// <param name="Options">Choices for unit and content pickers, suggestions for tags.</param>
/// <param name="Attachments">The files of a media field.</param>
public sealed record AdminFieldEditor(
    ContentFieldDefinition Definition,
    IReadOnlyList<string> Values,
    IReadOnlyList<AdminOption> Options,
    IReadOnlyList<AttachmentInfo> Attachments)
{
    /// <summary>The input name, also the service's error key.</summary>
    public string InputName => "fields." + Definition.Name;

    /// <summary>A safe element id.</summary>
    public string InputId => "field-" + Definition.Name;

    public string First => Values.Count > 0 ? Values[0] : "";
}
