namespace Anshun.Contents.Sections;

/// <summary>Audit event types of the sections area (a rule change is a permission change).</summary>
public static class SectionAuditEvents
{
    public const string Created = "content.section_created";
    public const string Updated = "content.section_updated";
    public const string Deleted = "content.section_deleted";
}
