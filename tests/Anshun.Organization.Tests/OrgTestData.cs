using Anshun.Core.Organization;
using Anshun.Organization.Models;
using Anshun.Organization.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Tests;

/// <summary>Helpers that create uniquely coded units, so tests sharing one site never collide.</summary>
public static class OrgTestData
{
    public static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static async Task<OrgUnit> CreateUnitAsync(IServiceProvider services, string? parent, OrgUnitKind kind = OrgUnitKind.Division, string? name = null)
    {
        var code = NewCode();
        var manager = services.GetRequiredService<OrgUnitManager>();
        return await manager.CreateAsync(new OrgUnitInput(code, name ?? "测试单位" + code, null, kind, parent));
    }
}
