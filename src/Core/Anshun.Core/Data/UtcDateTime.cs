namespace Anshun.Core.Data;

internal static class UtcDateTime
{
    /// <summary>Values without a kind are taken to be UTC already, never local time.</summary>
    public static DateTime Normalize(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
