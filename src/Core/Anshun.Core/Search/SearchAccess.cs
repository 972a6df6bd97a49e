namespace Anshun.Core.Search;

/// <summary>
/// Who may find a document, evaluated inside the search query (never after it), so a hit, a count, a
/// snippet or a facet of something the reader may not read cannot appear. Every gate must open — a gate
/// opens for anyone holding one of its principals — unless the reader holds a bypass principal (an
/// editor of the section, a manager of everything). No gates: every signed-in person may find it.
/// </summary>
public sealed record SearchAccess(IReadOnlyList<IReadOnlyList<SearchPrincipal>> Gates, IReadOnlyList<SearchPrincipal> Bypass)
{
    public static SearchAccess Everyone { get; } = new([], []);
}
