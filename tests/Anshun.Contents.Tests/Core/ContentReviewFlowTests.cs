using Anshun.Contents.Models;
using Anshun.Contents.Services;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentReviewFlowTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task EditorSubmitsReviewerReturnsWithOpinionThenApproves()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"], reviewers: ["leader"], requiresReview: true);
        var editor = await _kit.UserAsync("jyj_editor");
        var reviewer = await _kit.UserAsync("leader");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "待审核的信息")));

        var refused = await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId)));
        Assert.Contains("提交审核", refused.Message);
        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.ScheduleAsync(editor, item.ContentItemId, DateTime.UtcNow.AddDays(1), null)));

        var submitted = await _kit.ManagerAsync(m => m.SubmitAsync(editor, item.ContentItemId));
        Assert.Equal(ReviewState.Submitted, submitted.ReviewState);
        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.ApproveAsync(editor, item.ContentItemId, null)));
        var noOpinion = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.ReturnAsync(reviewer, item.ContentItemId, " ")));
        Assert.Equal("opinion", noOpinion.Field);

        var returned = await _kit.ManagerAsync(m => m.ReturnAsync(reviewer, item.ContentItemId, "请补充发布单位和文号。"));
        Assert.Equal(ReviewState.Returned, returned.ReviewState);
        var notSubmitted = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.ApproveAsync(reviewer, item.ContentItemId, null)));
        Assert.Equal("status", notSubmitted.Field);

        await _kit.ManagerAsync(m => m.UpdateAsync(editor, item.ContentItemId, ContentCoreTestKit.Input(type, section, "修改后的信息")));
        await _kit.ManagerAsync(m => m.SubmitAsync(editor, item.ContentItemId));
        var approved = await _kit.ManagerAsync(m => m.ApproveAsync(reviewer, item.ContentItemId, "同意发布。"));

        Assert.True(approved.IsPublished);
        Assert.Equal(ReviewState.None, approved.ReviewState);
        Assert.Equal("修改后的信息", Assert.Single((await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).Items).Title);
        var history = await _kit.ManagerAsync(m => m.GetReviewHistoryAsync(editor, item.ContentItemId));
        var leaderId = await _kit.UserIdAsync("leader");
        var editorId = await _kit.UserIdAsync("jyj_editor");
        Assert.Equal(
            [(1, ReviewAction.Submit, editorId, (string?)null), (1, ReviewAction.Return, leaderId, "请补充发布单位和文号。"),
             (2, ReviewAction.Submit, editorId, null), (2, ReviewAction.Approve, leaderId, "同意发布。")],
            history.Select(h => (h.VersionNumber, h.Action, h.UserId, h.Opinion)));
    }

    [Fact]
    public async Task ReviewerPublishesDirectlyAndEditorPublishesWhereNoReviewIsRequired()
    {
        var type = await _kit.CreateTypeAsync();
        var reviewed = await _kit.CreateSectionAsync(editors: ["jyj_editor"], reviewers: ["leader"], requiresReview: true);
        var open = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var reviewer = await _kit.UserAsync("leader");
        var first = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, reviewed, "审核人直接发布")));
        var second = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, open, "无需审核")));

        Assert.True((await _kit.ManagerAsync(m => m.PublishAsync(reviewer, first.ContentItemId))).IsPublished);
        Assert.True((await _kit.ManagerAsync(m => m.PublishAsync(editor, second.ContentItemId))).IsPublished);
    }
}
