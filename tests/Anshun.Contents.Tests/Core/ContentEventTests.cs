using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Contents;
using Anshun.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentEventTests : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new("anshun-demo");
    private readonly EventLog _log = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;
    private ContentCoreTestKit _kit = null!;

    public Task InitializeAsync()
    {
        _host = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton(_log);
            services.AddScoped<IContentEventHandler, RecordingHandler>();
        }));
        _kit = new ContentCoreTestKit(() => _host.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task EveryStepRaisesItsEventsInOrder()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"], reviewers: ["leader"], requiresReview: true);
        var editor = await _kit.UserAsync("jyj_editor");
        var reviewer = await _kit.UserAsync("leader");

        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "事件测试")));
        await _kit.ManagerAsync(m => m.UpdateAsync(editor, item.ContentItemId, ContentCoreTestKit.Input(type, section, "事件测试二")));
        await _kit.ManagerAsync(m => m.SubmitAsync(editor, item.ContentItemId));
        await _kit.ManagerAsync(m => m.ApproveAsync(reviewer, item.ContentItemId, null));
        await _kit.ManagerAsync(m => m.UnpublishAsync(reviewer, item.ContentItemId));
        await _kit.ManagerAsync(async m => { await m.DeleteAsync(editor, item.ContentItemId); return 0; });

        var editorId = await _kit.UserIdAsync("jyj_editor");
        var leaderId = await _kit.UserIdAsync("leader");
        Assert.Equal(
            [
                ("Creating", 1, "事件测试", editorId), ("Created", 1, "事件测试", editorId), ("Updated", 2, "事件测试二", editorId),
                ("Submitted", 2, "事件测试二", editorId), ("Publishing", 2, "事件测试二", leaderId), ("Published", 2, "事件测试二", leaderId),
                ("Unpublished", 2, "事件测试二", leaderId), ("Removed", 2, "事件测试二", editorId),
            ],
            _log.Events.Where(e => e.Context.ContentItemId == item.ContentItemId)
                .Select(e => (e.Name, e.Context.VersionNumber, e.Context.Title, e.Context.UserId)));
        Assert.All(_log.Events, e => Assert.Equal((type.Name, section.Id), (e.Context.ContentType, e.Context.SectionId)));
    }

    [Fact]
    public async Task AHandlerThrowingWhilePublishingRefusesThePublish()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "拒绝发布")));
        _log.RefusePublishing = item.ContentItemId;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId)));

        var latest = await _kit.ManagerAsync(m => m.GetAsync(editor, item.ContentItemId, ContentVersionOption.Latest));
        Assert.False(latest!.HasPublished);
        Assert.DoesNotContain(_log.Events, e => e.Name == "Published" && e.Context.ContentItemId == item.ContentItemId);
    }

    public sealed class EventLog
    {
        public List<(string Name, ContentEventContext Context)> Events { get; } = [];

        public string? RefusePublishing { get; set; }
    }

    private sealed class RecordingHandler(EventLog log) : IContentEventHandler
    {
        public Task CreatingAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Creating", context);

        public Task CreatedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Created", context);

        public Task UpdatedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Updated", context);

        public Task PublishingAsync(ContentEventContext context, CancellationToken cancellationToken) =>
            context.ContentItemId == log.RefusePublishing ? throw new InvalidOperationException("refused") : Add("Publishing", context);

        public Task PublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Published", context);

        public Task UnpublishedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Unpublished", context);

        public Task RemovedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Removed", context);

        public Task SubmittedAsync(ContentEventContext context, CancellationToken cancellationToken) => Add("Submitted", context);

        private Task Add(string name, ContentEventContext context)
        {
            lock (log)
            {
                log.Events.Add((name, context));
            }

            return Task.CompletedTask;
        }
    }
}
