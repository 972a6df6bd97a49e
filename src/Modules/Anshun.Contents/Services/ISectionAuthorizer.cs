using System.Security.Claims;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// Per-section permissions: a section is readable when the caller can read its parent and either it
/// has no reader rules or a reader/editor/reviewer rule matches. Editing needs an editor rule (or
/// 全部栏目管理); reviewing a reviewer rule. Cached per request.
/// </summary>
public interface ISectionAuthorizer
{
    Task<SectionAccess> GetAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
