using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Contents.Sections;

/// <summary>
/// <c>/api/sections</c>: any signed-in user reads the sections they may read (a restricted section is
/// absent, not marked); changes need <c>Contents.ManageSections</c>, which also shows every section with its rules.
/// </summary>
public static class SectionApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sections").RequireAuthorization().WithTags("栏目");
        var manage = Permission.PolicyPrefix + ContentsPermissions.ManageSections;

        group.MapGet("", ListAsync).WithSummary("栏目树：当前用户可阅读的栏目（管理员以 ?all=true 查看全部栏目及授权）");
        group.MapGet("/{idOrCode}", GetAsync).WithSummary("按标识或代码查询栏目");
        group.MapPost("", CreateAsync).RequireAuthorization(manage).WithSummary("新建栏目");
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(manage).WithSummary("修改栏目及其编辑、审核、阅读范围");
        group.MapDelete("/{id}", DeleteAsync).RequireAuthorization(manage).WithSummary("删除没有内容和下级栏目的栏目");
    }

    private static async Task<IResult> ListAsync(
        bool? all, ClaimsPrincipal user, ISectionStore store, ISectionAuthorizer authorizer,
        IPermissionGrantStore grants, SectionDtoMapper mapper, CancellationToken ct)
    {
        var access = await authorizer.GetAccessAsync(user, ct);
        var manages = (await grants.GetGrantedPermissionsAsync(user, ct)).Contains(ContentsPermissions.ManageSections);
        var sections = await store.GetAllAsync(ct);
        var shown = all == true && manages ? sections : sections.Where(s => access.ReadableSectionIds.Contains(s.Id)).ToList();
        return Results.Ok(await mapper.TreeAsync(shown, access, all == true && manages, ct));
    }

    private static async Task<IResult> GetAsync(
        string idOrCode, ClaimsPrincipal user, ISectionStore store, ISectionAuthorizer authorizer,
        IPermissionGrantStore grants, SectionDtoMapper mapper, CancellationToken ct)
    {
        var access = await authorizer.GetAccessAsync(user, ct);
        var manages = (await grants.GetGrantedPermissionsAsync(user, ct)).Contains(ContentsPermissions.ManageSections);
        var section = await store.FindAsync(idOrCode, ct);
        if (section is null || (!manages && !access.ReadableSectionIds.Contains(section.Id)))
        {
            return ApiProblems.NotFound($"栏目“{idOrCode}”不存在。");
        }

        var all = await store.GetAllAsync(ct);
        var children = all.Where(s => s.ParentId == section.Id && (manages || access.ReadableSectionIds.Contains(s.Id))).ToList();
        var dto = await mapper.ToDtoAsync(section, access, manages, ct);
        return Results.Ok(dto with { Children = await mapper.TreeAsync(children, access, manages, ct) });
    }

    private static Task<IResult> CreateAsync(SectionRequest body, ClaimsPrincipal user, ISectionStore store,
        ISectionAuthorizer authorizer, SectionPrincipals principals, SectionDtoMapper mapper, CancellationToken ct) =>
        SaveAsync(null, body, user, store, authorizer, principals, mapper, ct);

    private static Task<IResult> UpdateAsync(string id, SectionRequest body, ClaimsPrincipal user, ISectionStore store,
        ISectionAuthorizer authorizer, SectionPrincipals principals, SectionDtoMapper mapper, CancellationToken ct) =>
        SaveAsync(id, body, user, store, authorizer, principals, mapper, ct);

    private static async Task<IResult> SaveAsync(string? id, SectionRequest body, ClaimsPrincipal user, ISectionStore store,
        ISectionAuthorizer authorizer, SectionPrincipals principals, SectionDtoMapper mapper, CancellationToken ct)
    {
        SectionInfo? existing = null;
        if (id is not null)
        {
            existing = await store.FindAsync(id, ct);
            if (existing is null || existing.Id != id)
            {
                return ApiProblems.NotFound("栏目不存在。");
            }
        }

        try
        {
            var section = await ToSectionAsync(body, existing, store, principals, ct);
            var saved = await store.SaveAsync(section, ct);
            var dto = await mapper.ToDtoAsync(saved, await authorizer.GetAccessAsync(user, ct), true, ct);
            return existing is null ? Results.Created($"/api/sections/{saved.Id}", dto) : Results.Ok(dto);
        }
        catch (ContentValidationException ex)
        {
            return ApiProblems.Validation(ex.Field, ex.Message);
        }
    }

    private static async Task<IResult> DeleteAsync(string id, ISectionStore store, CancellationToken ct)
    {
        try
        {
            await store.DeleteAsync(id, ct);
            return Results.NoContent();
        }
        catch (ContentNotFoundException)
        {
            return ApiProblems.NotFound("栏目不存在。");
        }
        catch (ContentValidationException ex)
        {
            return ApiProblems.Validation(ex.Field, ex.Message);
        }
    }

    private static async Task<SectionInfo> ToSectionAsync(
        SectionRequest body, SectionInfo? existing, ISectionStore store, SectionPrincipals principals, CancellationToken ct)
    {
        string? parentId = null;
        if (!string.IsNullOrWhiteSpace(body.Parent))
        {
            parentId = (await store.FindAsync(body.Parent.Trim(), ct))?.Id
                ?? throw new ContentValidationException("parent", $"上级栏目“{body.Parent}”不存在。");
        }

        var rules = new List<SectionRule>();
        foreach (var (role, list, field) in new[]
        {
            (SectionRole.Editor, body.Editors, "editors"),
            (SectionRole.Reviewer, body.Reviewers, "reviewers"),
            (SectionRole.Reader, body.Readers, "readers"),
        })
        {
            foreach (var principal in list)
            {
                rules.Add(new SectionRule(role, await principals.ResolveAsync(principal.Kind, principal.Value, principal.Role, field, ct)));
            }
        }

        var ownerUnitId = string.IsNullOrWhiteSpace(body.OwnerUnit) ? null : await principals.ResolveUnitAsync(body.OwnerUnit, "ownerUnit", ct);
        return new SectionInfo(existing?.Id ?? "", parentId, body.Code ?? "", body.Name ?? "", body.SortOrder ?? existing?.SortOrder ?? 0, "")
        {
            Description = body.Description,
            OwnerUnitId = ownerUnitId,
            RequiresReview = body.RequiresReview,
            IsEnabled = body.Enabled,
            ContentTypes = body.ContentTypes,
            Rules = rules,
        };
    }
}
