using System.Runtime.CompilerServices;
using Anshun.Core;
using Anshun.Core.Files;
using Anshun.Core.Search;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.FileLibrary.Search;

/// <summary>
/// Shared files for the search index (全文检索: 文件资料共享): one document per file that is not deleted, named
/// by its current version's file name, whose text the search module extracts from that version's bytes.
/// </summary>
public sealed class FileSearchSource(FileLibraryDbContext db, AppDataFolder appData) : ISearchIndexSource
{
    public const string SourceName = "files";

    public const string DocumentType = "SharedFile";

    /// <summary>Files read per query while rebuilding.</summary>
    public const int BatchSize = 200;

    private const string FolderScopePrefix = "folder:";

    public string Name => SourceName;

    /// <summary>The scope of a folder's rule change: its files and those of every folder below it.</summary>
    public static string FolderScope(string folderId) => FolderScopePrefix + folderId;

    public async Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        var file = await Live().FirstOrDefaultAsync(f => f.Id == key, cancellationToken);
        return file is null ? null : ToDocument(file, await AccessAsync(cancellationToken));
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var access = await AccessAsync(cancellationToken);
        var after = afterKey ?? "";
        while (true)
        {
            var batch = await Live().Where(f => string.Compare(f.Id, after) > 0).OrderBy(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var file in batch)
            {
                if (ToDocument(file, access) is { } document)
                {
                    yield return document;
                }
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var folders = await db.Folders.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);
        return await Live().CountAsync(f => folders.Contains(f.FolderId), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default)
    {
        if (!scope.StartsWith(FolderScopePrefix, StringComparison.Ordinal))
        {
            return [];
        }

        var folderIds = (await AccessAsync(cancellationToken)).Subtree(scope[FolderScopePrefix.Length..]).ToList();
        return await db.Files.AsNoTracking()
            .Where(f => folderIds.Contains(f.FolderId))
            .OrderBy(f => f.Id)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
    }

    private SearchDocument? ToDocument(SharedFile file, FileSearchAccess access)
    {
        if (access.For(file.FolderId) is not { } searchAccess)
        {
            return null;
        }

        var folderPath = string.Join(" / ", access.PathOf(file.FolderId).Select(f => f.Name));
        var blobs = new ContentAddressedStore(appData.GetFolder("filelibrary"));
        var sha256 = file.Sha256;
        var fileName = file.Name;
        return new SearchDocument(SourceName, file.Id, DocumentType, "/files/" + file.Id, file.Name)
        {
            Fields = [new SearchField("文件夹", folderPath)],
            Attachments =
            [
                new SearchAttachment(file.Name, file.MediaType, _ => Task.FromResult(blobs.Contains(sha256)
                    ? blobs.OpenRead(sha256)
                    : throw new FileNotFoundException($"文件“{fileName}”的内容已丢失。"))),
            ],
            Facets = [new SearchFacet("type", DocumentType, "共享文件")],
            PublishedUtc = file.ModifiedUtc,
            Access = searchAccess,
        };
    }

    private async Task<FileSearchAccess> AccessAsync(CancellationToken cancellationToken) => new(
        await db.Folders.AsNoTracking().ToListAsync(cancellationToken),
        await db.FolderRules.AsNoTracking().ToListAsync(cancellationToken));

    private IQueryable<SharedFile> Live() => db.Files.AsNoTracking().Where(f => f.IsDeleted == false);
}
