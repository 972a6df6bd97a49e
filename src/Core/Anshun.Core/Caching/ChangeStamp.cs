namespace Anshun.Core.Caching;

/// <summary>Where a change topic's shared stamp lives: the <c>Core_Settings</c> row <c>Signal.&lt;topic&gt;</c>, a new random value per change.</summary>
public static class ChangeStamp
{
    public const string KeyPrefix = "Signal.";

    public static string KeyFor(string topic) => KeyPrefix + topic;
}
