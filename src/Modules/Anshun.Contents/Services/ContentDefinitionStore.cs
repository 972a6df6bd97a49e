using System.Text.Json;
using System.Text.Json.Serialization;
using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Services;

/// <inheritdoc cref="IContentDefinitionStore" />
public sealed class ContentDefinitionStore(
    Deferred<ContentsDbContext> database,
    IDataSession session,
    ContentTypeCache cache,
    Deferred<IAuditLog> auditLog,
    TimeProvider time) : IContentDefinitionStore
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ContentsDbContext Db => database.Value;

    private IAuditLog Audit => auditLog.Value;

    public async Task<IReadOnlyList<ContentTypeDefinition>> GetTypesAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Get() is { } cached)
        {
            return cached;
        }

        var rows = await Db.Types.AsNoTracking().ToListAsync(cancellationToken);
        var types = rows.Select(r => Deserialize(r.Definition))
            .OrderBy(t => t.DisplayName, StringComparer.Ordinal)
            .ToList();
        cache.Set(types);
        return types;
    }

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetTypesAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken = default)
    {
        var valid = ContentDefinitionRules.Validate(definition);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var row = await Db.Types.FirstOrDefaultAsync(t => t.Name == valid.Name, cancellationToken);
        var created = row is null;
        if (row is null)
        {
            row = new ContentTypeRecord { Name = valid.Name };
            Db.Types.Add(row);
        }

        row.Definition = JsonSerializer.Serialize(valid, _json);
        row.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(cancellationToken);
        await Audit.WriteAsync(
            new AuditEntry(AuditEventTypes.ContentTypeSaved, valid.Name, created ? $"新建内容类型“{valid.DisplayName}”。" : $"修改内容类型“{valid.DisplayName}”。"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Reset();
    }

    public async Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var row = await Db.Types.FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? throw new ContentValidationException("name", $"内容类型“{name}”不存在。");
        var used = await Db.Items.CountAsync(i => i.ContentType == row.Name, cancellationToken);
        if (used > 0)
        {
            throw new ContentValidationException("name", $"内容类型“{row.Name}”已有 {used} 条内容（含回收站），不能删除。");
        }

        Db.Types.Remove(row);
        await Db.SaveChangesAsync(cancellationToken);
        await Audit.WriteAsync(new AuditEntry(AuditEventTypes.ContentTypeDeleted, row.Name, $"删除内容类型“{row.Name}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Reset();
    }

    private static ContentTypeDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<ContentTypeDefinition>(json, _json)
        ?? throw new InvalidOperationException("A stored content type definition is empty.");
}
