namespace Anshun.Features.Models;

public enum ModuleChangeOutcome
{
    /// <summary>Stored; takes effect at the next start.</summary>
    Changed,

    /// <summary>Already in the wanted state; nothing stored.</summary>
    Unchanged,

    NotFound,

    /// <summary>Not allowed, e.g. disabling a module the platform needs.</summary>
    Refused,
}
