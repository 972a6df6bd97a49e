namespace Anshun.Contents.Sections;

/// <summary>A principal as recipes and the API name it: <c>{"kind":"User|Role|Unit|UnitRole","value":"userName|role|unitCode","role":"…"}</c>.</summary>
public sealed class SectionPrincipalModel
{
    public string? Kind { get; set; }

    public string? Value { get; set; }

    public string? Role { get; set; }
}
