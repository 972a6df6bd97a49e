using Anshun.Core.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddAnshunPlatform();

var app = builder.Build();
await app.UseAnshunPlatformAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
