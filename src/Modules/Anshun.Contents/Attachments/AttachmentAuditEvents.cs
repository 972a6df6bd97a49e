namespace Anshun.Contents.Attachments;

/// <summary>Audit event types of attachments.</summary>
public static class AttachmentAuditEvents
{
    /// <summary>A program, script or disguised file was refused (伪装或危险附件被拒绝).</summary>
    public const string Refused = "content.attachment_refused";
}
