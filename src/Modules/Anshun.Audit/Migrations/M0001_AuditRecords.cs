using Anshun.Audit.Services;
using Anshun.Core.Data.Migrations;
using FluentMigrator;

namespace Anshun.Audit.Migrations;

/// <summary>The hash-chained audit table. The sequence number is the key, so the chain can never fork.</summary>
[Migration(1, "Audit: records")]
public sealed class M0001_AuditRecords : Migration
{
    public override void Up()
    {
        Create.Table("Audit_Records")
            .WithColumn("Sequence").AsInt64().PrimaryKey()
            .WithColumn("TimeUtc").AsUtcDateTime().NotNullable()
            .WithColumn("EventType").AsString(AuditLimits.EventType).NotNullable()
            .WithColumn("UserName").AsString(AuditLimits.UserName).Nullable()
            .WithColumn("ClientIp").AsString(AuditLimits.ClientIp).Nullable()
            .WithColumn("Target").AsString(AuditLimits.Target).Nullable()
            .WithColumn("Detail").AsString(int.MaxValue).Nullable()
            .WithColumn("Succeeded").AsBoolean().NotNullable()
            .WithColumn("PreviousHash").AsString(64).NotNullable()
            .WithColumn("Hash").AsString(64).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("Audit_Records");
    }
}
