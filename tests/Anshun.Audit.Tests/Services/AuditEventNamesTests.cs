using System.Reflection;
using Anshun.Audit.Services;
using Anshun.Core.Audit;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditEventNamesTests
{
    [Fact]
    public void EveryPlatformEventTypeHasAChineseName()
    {
        var constants = typeof(AuditEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(constants);
        Assert.All(constants, type =>
        {
            Assert.True(AuditEventNames.IsKnown(type), $"{type} has no Chinese name.");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", AuditEventNames.DisplayName(type));
        });
    }

    [Fact]
    public void UnknownTypeIsShownAsIs()
    {
        Assert.Equal("seal.used", AuditEventNames.DisplayName("seal.used"));
    }
}
