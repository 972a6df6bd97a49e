using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>The section tree (栏目) with its rules: read (cached, reset on change on every node), edit.</summary>
public interface ISectionStore
{
    /// <summary>Every section, parents before children, siblings by sort order.</summary>
    Task<IReadOnlyList<SectionInfo>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>By id or code.</summary>
    Task<SectionInfo?> FindAsync(string idOrCode, CancellationToken cancellationToken = default);

    /// <summary>Creates (empty id) or updates a section; returns it. <see cref="ContentValidationException"/> names a bad field.</summary>
    Task<SectionInfo> SaveAsync(SectionInfo section, CancellationToken cancellationToken = default);

    /// <summary>Deletes a section with no items and no children; otherwise <see cref="ContentValidationException"/>.</summary>
    Task DeleteAsync(string sectionId, CancellationToken cancellationToken = default);
}
