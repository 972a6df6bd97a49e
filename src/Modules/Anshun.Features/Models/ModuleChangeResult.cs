namespace Anshun.Features.Models;

/// <summary>What an enable or disable did, with a Chinese sentence for the administrator.</summary>
public sealed record ModuleChangeResult(ModuleChangeOutcome Outcome, string Message, IReadOnlyList<ModuleReference> Changed)
{
    public static ModuleChangeResult NotFound(string moduleId) =>
        new(ModuleChangeOutcome.NotFound, $"模块“{moduleId}”不存在。", []);

    public static ModuleChangeResult Refused(string message) => new(ModuleChangeOutcome.Refused, message, []);
}
