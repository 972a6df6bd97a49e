using System.Security.Claims;
using System.Text.Json.Nodes;
using Anshun.Audit.Services;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Core;

/// <summary>
/// Arranges content-core tests on a real site: demo users as principals, a content type and
/// sections of the test's own (unique names, so tests sharing a site never collide), and one DI
/// scope per call as a request would have.
/// </summary>
public sealed class ContentCoreTestKit(Func<IServiceProvider> services)
{
    private static int _counter;

    public ContentCoreTestKit(AnshunSiteFactory site)
        : this(() => site.Services)
    {
    }

    public static string Unique(string prefix) => prefix + Interlocked.Increment(ref _counter) + Guid.NewGuid().ToString("N")[..6];

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services().CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = services().CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> ManagerAsync<T>(Func<IContentManager, Task<T>> action) =>
        WithAsync(sp => action(sp.GetRequiredService<IContentManager>()));

    public Task<string> UserIdAsync(string userName) =>
        WithAsync(async sp => (await sp.GetRequiredService<IUserDirectory>().FindByNameAsync(userName))?.Id
            ?? throw new InvalidOperationException($"No demo user {userName}."));

    public async Task<ClaimsPrincipal> UserAsync(string userName)
    {
        var id = await UserIdAsync(userName);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, userName)], "Test"));
    }

    public Task<string> UnitIdAsync(string code) =>
        WithAsync(async sp => (await sp.GetRequiredService<IOrganizationService>().FindUnitAsync(code))?.Id
            ?? throw new InvalidOperationException($"No unit {code}."));

    /// <summary>A type with every part and a field of each kind the tests exercise.</summary>
    public async Task<ContentTypeDefinition> CreateTypeAsync()
    {
        var type = new ContentTypeDefinition(Unique("CtType"), "测试公告")
        {
            Parts = [.. ContentParts.All],
            Fields =
            [
                new ContentFieldDefinition("DocumentNumber", "文号", ContentFieldType.Text) { MaxLength = 50 },
                new ContentFieldDefinition("Speaker", "讲话人", ContentFieldType.Text),
                new ContentFieldDefinition("SpeechDate", "讲话日期", ContentFieldType.Date),
                new ContentFieldDefinition("Copies", "份数", ContentFieldType.Number) { Minimum = 1, Maximum = 100 },
                new ContentFieldDefinition("Website", "相关链接", ContentFieldType.Link),
                new ContentFieldDefinition("ReleaseNotes", "更新说明", ContentFieldType.Html),
                new ContentFieldDefinition("Tags", "关键词", ContentFieldType.Tags),
                new ContentFieldDefinition("Contact", "联系人", ContentFieldType.User),
                new ContentFieldDefinition("Unit", "相关单位", ContentFieldType.OrgUnit) { Multiple = true },
            ],
        };
        await WithAsync(sp => sp.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(type));
        return type;
    }

    /// <summary>A section where the named users edit, review or (if any are given) alone read.</summary>
    public async Task<SectionInfo> CreateSectionAsync(
        IEnumerable<string>? editors = null,
        IEnumerable<string>? reviewers = null,
        IEnumerable<string>? readers = null,
        bool requiresReview = false,
        string? ownerUnitCode = "JYJ",
        IReadOnlyList<string>? contentTypes = null,
        bool enabled = true)
    {
        var rules = new List<SectionRule>();
        foreach (var (names, role) in new[] { (editors, SectionRole.Editor), (reviewers, SectionRole.Reviewer), (readers, SectionRole.Reader) })
        {
            foreach (var name in names ?? [])
            {
                rules.Add(new SectionRule(role, new PrincipalRule(PrincipalKind.User, await UserIdAsync(name))));
            }
        }

        var code = Unique("ct-sec-").ToLowerInvariant();
        var section = new SectionInfo("", null, code, "测试栏目" + code, 1, "")
        {
            OwnerUnitId = ownerUnitCode is null ? null : await UnitIdAsync(ownerUnitCode),
            RequiresReview = requiresReview,
            ContentTypes = contentTypes ?? [],
            IsEnabled = enabled,
            Rules = rules,
        };
        return await WithAsync(sp => sp.GetRequiredService<ISectionStore>().SaveAsync(section));
    }

    public static ContentInput Input(ContentTypeDefinition type, SectionInfo section, string title, Action<ContentInput>? change = null)
    {
        var input = new ContentInput
        {
            ContentType = type.Name,
            SectionId = section.Id,
            Title = title,
            Summary = "摘要：" + title,
            Body = "<p>" + title + "的正文。</p>",
            Source = "市政府办公室",
            Fields = new Dictionary<string, JsonNode?> { ["DocumentNumber"] = "安府办发〔2026〕1号" },
        };
        change?.Invoke(input);
        return input;
    }

    public Task<ContentPage<ContentSummary>> ListAsync(string userName, ContentListQuery query) =>
        WithAsync(async sp => await sp.GetRequiredService<IContentQuery>().ListPublishedAsync(await UserAsync(userName), query));

    public Task<int> CountItemsAsync(string contentType) =>
        WithAsync(sp => sp.GetRequiredService<Anshun.Contents.Data.ContentsDbContext>().Items.CountAsync(i => i.ContentType == contentType));

    public Task<List<Anshun.Audit.Models.AuditRecord>> AuditAsync(string eventType, string target) =>
        WithAsync(sp => sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.EventType == eventType && r.Target == target).ToListAsync());
}
