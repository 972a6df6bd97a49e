using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>Content types (内容类型) as data: read (cached), create, change, remove.</summary>
public interface IContentDefinitionStore
{
    Task<IReadOnlyList<ContentTypeDefinition>> GetTypesAsync(CancellationToken cancellationToken = default);

    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a type; <see cref="ContentValidationException"/> names a bad field
    /// (<c>name</c>, <c>displayName</c>, <c>parts</c>, <c>fields[2].name</c>). Existing items keep their data.</summary>
    Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Removes a type that no item uses; otherwise <see cref="ContentValidationException"/>.</summary>
    Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default);
}
