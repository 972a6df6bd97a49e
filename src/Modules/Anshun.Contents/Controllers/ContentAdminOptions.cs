using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Organization;
using Anshun.Core.Users;

namespace Anshun.Contents.Controllers;

/// <summary>The lookups the content admin pages need: section and unit pickers, type names, user names.</summary>
public sealed class ContentAdminOptions(
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    IContentDefinitionStore definitions,
    IOrganizationService organization,
    IUserDirectory users)
{
    private const char IndentChar = '　';

    public Task<SectionAccess> AccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        authorizer.GetAccessAsync(user, cancellationToken);

    public Task<IReadOnlyList<ContentTypeDefinition>> TypesAsync(CancellationToken cancellationToken) =>
        definitions.GetTypesAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, SectionInfo>> SectionMapAsync(CancellationToken cancellationToken) =>
        (await sections.GetAllAsync(cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>Sections where the caller may create or edit items of <paramref name="contentType"/>.</summary>
    public async Task<IReadOnlyList<AdminSectionOption>> EditableSectionsAsync(
        SectionAccess access, string contentType, CancellationToken cancellationToken) =>
        (await sections.GetAllAsync(cancellationToken))
            .Where(s => s.IsEnabled && access.CanEdit(s.Id)
                && (s.ContentTypes.Count == 0 || s.ContentTypes.Contains(contentType, StringComparer.Ordinal)))
            .Select(s => new AdminSectionOption(s.Id, Indent(s.Path) + s.Name, s.RequiresReview && !access.CanReview(s.Id), s.OwnerUnitId))
            .ToList();

    /// <summary>Sections the admin list may be filtered by: those the caller edits or reviews.</summary>
    public async Task<IReadOnlyList<AdminOption>> WorkSectionsAsync(SectionAccess access, CancellationToken cancellationToken) =>
        (await sections.GetAllAsync(cancellationToken))
            .Where(s => access.CanEdit(s.Id) || access.CanReview(s.Id))
            .Select(s => new AdminOption(s.Id, Indent(s.Path) + s.Name, s.Code))
            .ToList();

    /// <summary>Types offered under 新建: creatable, and with somewhere the caller may put them.</summary>
    public async Task<IReadOnlyList<ContentTypeDefinition>> CreatableTypesAsync(SectionAccess access, CancellationToken cancellationToken)
    {
        var all = await sections.GetAllAsync(cancellationToken);
        return (await definitions.GetTypesAsync(cancellationToken))
            .Where(t => t.Creatable && (t.Has(ContentParts.Section)
                ? all.Any(s => s.IsEnabled && access.CanEdit(s.Id) && (s.ContentTypes.Count == 0 || s.ContentTypes.Contains(t.Name, StringComparer.Ordinal)))
                : access.ManagesAll))
            .ToList();
    }

    public async Task<IReadOnlyList<AdminOption>> UnitsAsync(CancellationToken cancellationToken) =>
        (await organization.GetUnitsAsync(cancellationToken))
            .Where(u => u.IsActive)
            .Select(u => new AdminOption(u.Id, Indent(u.Path) + u.Name, u.Code))
            .ToList();

    public async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(CancellationToken cancellationToken) =>
        (await organization.GetUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);

    /// <summary>Display names (姓名) of users by id; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0
            ? new Dictionary<string, string>()
            : (await users.GetByIdsAsync(ids, cancellationToken)).ToDictionary(u => u.Id, u => u.DisplayName, StringComparer.Ordinal);
    }

    private static string Indent(string path) =>
        new(IndentChar, Math.Max(0, path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length - 1));
}
