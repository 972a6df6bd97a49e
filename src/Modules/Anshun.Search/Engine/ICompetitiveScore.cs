namespace Anshun.Search.Engine;

/// <summary>
/// The score a document must beat to enter the page being collected (its lowest score once full; ties lose, as the
/// documents come in id order). A scorer may then answer a bound for a document that cannot beat it instead of
/// working out its exact score.
/// </summary>
internal interface ICompetitiveScore
{
    /// <summary><see cref="float.NegativeInfinity"/> while the page still has room.</summary>
    float MinimumScore { get; }
}
