using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.Core.Caching;

/// <summary>Helpers for deciding whether a save touches cached data.</summary>
public static class EntityChanges
{
    /// <summary>
    /// Whether the property's value differs from the one read. Compares values rather than the modified
    /// flag, because <c>Update()</c> (used by ASP.NET Core Identity's store) flags every property.
    /// </summary>
    public static bool ValueChanged(this EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        return !Equals(value.OriginalValue, value.CurrentValue);
    }
}
