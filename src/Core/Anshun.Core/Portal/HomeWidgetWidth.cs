namespace Anshun.Core.Portal;

/// <summary>How much of the home page's width a widget takes on a wide screen (phones stack them).</summary>
public enum HomeWidgetWidth
{
    /// <summary>A third of the row: short lists, counters.</summary>
    Third = 0,

    /// <summary>Half of the row: the usual list of titles.</summary>
    Half = 1,

    /// <summary>Two thirds of the row: a main list beside a third-width one.</summary>
    TwoThirds = 2,

    /// <summary>The whole row.</summary>
    Full = 3,
}
