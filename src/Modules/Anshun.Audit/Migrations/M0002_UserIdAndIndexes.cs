using Anshun.Audit.Services;
using FluentMigrator;

namespace Anshun.Audit.Migrations;

/// <summary>Records the acting user's id beside the name, and indexes the columns the auditor filters on.</summary>
[Migration(2, "Audit: user id, indexes")]
public sealed class M0002_UserIdAndIndexes : Migration
{
    public override void Up()
    {
        Alter.Table("Audit_Records")
            .AddColumn("UserId").AsString(AuditLimits.UserId).Nullable();

        Create.Index("IX_Audit_Records_TimeUtc").OnTable("Audit_Records").OnColumn("TimeUtc");
        Create.Index("IX_Audit_Records_EventType").OnTable("Audit_Records").OnColumn("EventType");
        Create.Index("IX_Audit_Records_UserName").OnTable("Audit_Records").OnColumn("UserName");
    }

    public override void Down()
    {
        Delete.Index("IX_Audit_Records_UserName").OnTable("Audit_Records");
        Delete.Index("IX_Audit_Records_EventType").OnTable("Audit_Records");
        Delete.Index("IX_Audit_Records_TimeUtc").OnTable("Audit_Records");
        Delete.Column("UserId").FromTable("Audit_Records");
    }
}
