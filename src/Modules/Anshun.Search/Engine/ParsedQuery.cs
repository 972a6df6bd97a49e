namespace Anshun.Search.Engine;

/// <summary>The query text split into parts, with the Chinese notices about what was cut or ignored.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryPart> Parts, IReadOnlyList<string> Notices);
