using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.SampleModule;

/// <summary><c>GET /api/sample/notes</c> lists the notes, <c>POST /api/sample/notes</c> adds one; any signed-in user.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<SampleDbContext>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sample/notes").RequireAuthorization();
        group.MapGet("", async (SampleDbContext db, CancellationToken ct) =>
            Results.Ok(await db.Notes.AsNoTracking().OrderBy(n => n.Id).Select(n => new { n.Id, n.Text }).ToListAsync(ct)));
        group.MapPost("", async (SampleNoteInput input, SampleDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > SampleNoteInput.MaxLength)
            {
                return ApiProblems.Validation("text", $"便笺内容不能为空，且不超过 {SampleNoteInput.MaxLength} 个字。");
            }

            var note = new SampleNote { Text = input.Text.Trim(), CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Notes.Add(note);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/sample/notes/{note.Id}", new { note.Id, note.Text });
        });
    }
}
