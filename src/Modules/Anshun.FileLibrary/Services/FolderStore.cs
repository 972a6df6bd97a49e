using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Search;
using Microsoft.EntityFrameworkCore;

namespace Anshun.FileLibrary.Services;

/// <summary>Creates folders and sets their readers and managers (audited).</summary>
public sealed class FolderStore(
    FileLibraryDbContext db,
    IDataSession session,
    PrincipalRuleResolver principals,
    IAuditLog audit,
    FileLibraryAccess access,
    TimeProvider time,
    ISearchIndexQueue searchQueue)
{
    public const int MaxNameLength = 100;

    /// <summary>
    /// Creates a folder. With <paramref name="updateExisting"/> (recipes) a sibling of the same name gets the
    /// given description, order and rules instead; otherwise the duplicate name is refused.
    /// </summary>
    public async Task<FileFolder> SaveAsync(FolderInput input, string? userId, bool updateExisting, CancellationToken cancellationToken = default)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw FileLibraryException.Invalid("name", "请填写文件夹名称。");
        }

        if (name.Length > MaxNameLength || name.IndexOfAny(['/', '\\']) >= 0)
        {
            throw FileLibraryException.Invalid("name", $"文件夹名称不能超过 {MaxNameLength} 个字，也不能包含“/”或“\\”。");
        }

        var parentId = string.IsNullOrWhiteSpace(input.ParentId) ? null : input.ParentId.Trim();
        if (parentId is not null && !await db.Folders.AnyAsync(f => f.Id == parentId, cancellationToken))
        {
            throw FileLibraryException.Invalid("parentId", "上级文件夹不存在。");
        }

        var readers = await ResolveAllAsync(input.Readers, "readers", cancellationToken);
        var managers = await ResolveAllAsync(input.Managers, "managers", cancellationToken);

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var folder = await db.Folders.FirstOrDefaultAsync(f => f.ParentId == parentId && f.Name == name, cancellationToken);
        var created = folder is null;
        if (folder is not null && !updateExisting)
        {
            throw FileLibraryException.Invalid("name", $"同一位置已有名为“{name}”的文件夹。");
        }

        if (folder is null)
        {
            folder = new FileFolder
            {
                Id = Guid.CreateVersion7().ToString("N"),
                ParentId = parentId,
                Name = name,
                CreatedUtc = time.GetUtcNow().UtcDateTime,
                CreatedBy = userId,
            };
            db.Folders.Add(folder);
        }
        else
        {
            await db.FolderRules.Where(r => r.FolderId == folder.Id).ExecuteDeleteAsync(cancellationToken);
        }

        folder.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        folder.SortOrder = input.SortOrder;
        db.FolderRules.AddRange(readers.Select(r => ToRow(folder.Id, FolderRuleRole.Reader, r)));
        db.FolderRules.AddRange(managers.Select(r => ToRow(folder.Id, FolderRuleRole.Manager, r)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(
            created ? FileLibraryAuditEvents.FolderCreated : FileLibraryAuditEvents.FolderUpdated,
            folder.Id,
            created ? $"新建文件夹“{name}”（阅读范围 {readers.Count} 条，管理人员 {managers.Count} 条）。" : $"更新文件夹“{name}”的阅读范围和管理人员。"),
            cancellationToken);
        if (!created)
        {
            // Readers or managers were replaced: the search index looks again at every file below the folder.
            await searchQueue.EnqueueScopeAsync(FileSearchSource.SourceName, FileSearchSource.FolderScope(folder.Id), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        access.Reset();
        return folder;
    }

    private async Task<List<PrincipalRule>> ResolveAllAsync(List<PrincipalInput>? inputs, string field, CancellationToken cancellationToken)
    {
        var rules = new List<PrincipalRule>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            rules.Add(await principals.ResolveAsync(inputs![i], $"{field}[{i}]", cancellationToken));
        }

        return rules.Distinct().ToList();
    }

    private static FolderRule ToRow(string folderId, FolderRuleRole role, PrincipalRule rule) => new()
    {
        FolderId = folderId,
        Role = role,
        Kind = rule.Kind,
        Value = rule.Value,
        UnitRole = rule.Role,
    };
}
