using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// Builds the scoring of ADR 0010 for one part. Per field (title ×3, text ×1; in a <see cref="IndexLayout.Separate"/>
/// index also meta ×0.5) the part matches through the SmartCn phrase (×4), all SmartCn words (×2) or the bigram
/// phrase (×1); a constant 1,000 is added when its words match anywhere, so word matches always outrank bigram-only
/// ones; a document number adds <c>docno</c> ×20. A quoted part does not accept scattered words: only the phrases.
/// In a <see cref="IndexLayout.Folded"/> index the text fields hold the title too, so title clauses only add score
/// (<see cref="ScoredClause.ScoreOnly"/>) and documents are found through the text fields alone.
/// </summary>
internal static class PartQueryBuilder
{
    public const int MaxTokens = 64;
    public const float WordMatchBonus = 1000f;
    public const float DocumentNumberBoost = 20f;

    private static readonly FieldWeight[] _separateFields =
    [
        new(IndexFields.TitleWords, IndexFields.TitleBigrams, 3f, ScoreOnly: false),
        new(IndexFields.TextWords, IndexFields.TextBigrams, 1f, ScoreOnly: false),
        new(IndexFields.MetaWords, IndexFields.MetaBigrams, 0.5f, ScoreOnly: false),
    ];

    private static readonly FieldWeight[] _foldedFields =
    [
        new(IndexFields.TitleWords, IndexFields.TitleBigrams, 3f, ScoreOnly: true),
        new(IndexFields.TextWords, IndexFields.TextBigrams, 1f, ScoreOnly: false),
    ];

    /// <summary>Null when nothing in the part can be searched (only punctuation or operators such as <c>((</c>).</summary>
    public static AnalysedPart? Build(QueryPart part, IndexLayout layout = IndexLayout.Folded)
    {
        var fields = layout == IndexLayout.Separate ? _separateFields : _foldedFields;
        var normalized = TextNormalizer.Normalize(part.Text);
        var words = SearchAnalyzers.Analyze(SearchAnalyzers.Words, IndexFields.TextWords, normalized, MaxTokens);
        var bigrams = SearchAnalyzers.Analyze(SearchAnalyzers.QueryBigrams, IndexFields.TextBigrams, normalized, MaxTokens);
        var numbers = DocumentNumbers.FindInQuery(part.Text);
        if (words.Count == 0 && bigrams.Count == 0 && numbers.Count == 0)
        {
            return null;
        }

        // A lone Han character among the words means SmartCn did not know the term (西秀区 → 西｜秀｜区): the bigram
        // phrase already demands the characters side by side, and a phrase over such common single characters
        // is the costliest clause there is. Same judged-set quality without it.
        var wordPhrase = words.Count > 1 && !words.Any(w => w.Term.Length == 1 && IsHan(w.Term));
        var clauses = new List<ScoredClause>();
        var inBonus = new List<bool>();
        void Add(ScoredClause clause, bool bonus)
        {
            clauses.Add(clause);
            inBonus.Add(bonus);
        }

        if (words.Count > 0)
        {
            // A quoted part's words must form the phrase; otherwise all words anywhere in one field will do.
            foreach (var (wordField, _, weight, scoreOnly) in fields)
            {
                Add(part.IsPhrase
                    ? new ScoredClause(wordField, words, IsPhrase: true, 4f * weight, scoreOnly)
                    : new ScoredClause(wordField, words, IsPhrase: false, 2f * weight, scoreOnly), bonus: true);
            }
        }

        foreach (var (wordField, bigramField, weight, scoreOnly) in fields)
        {
            if (!part.IsPhrase && wordPhrase)
            {
                Add(new ScoredClause(wordField, words, IsPhrase: true, 4f * weight, scoreOnly), bonus: false);
            }

            if (bigrams.Count > 0)
            {
                Add(new ScoredClause(bigramField, bigrams, IsPhrase: true, weight, scoreOnly), bonus: false);
            }
        }

        foreach (var number in numbers)
        {
            Add(new ScoredClause(IndexFields.DocumentNumber, [(number, 0)], IsPhrase: true, DocumentNumberBoost), bonus: false);
        }

        var scoring = new ScoredPart(clauses, inBonus, words.Count > 0 ? WordMatchBonus : 0f);
        return new AnalysedPart(part, scoring, Highlight(normalized, words, bigrams));
    }

    /// <summary>Every part must match.</summary>
    public static Query Combine(IEnumerable<AnalysedPart> parts) => new PartsQuery([.. parts.Select(p => p.Scoring)]);

    private static HighlightPart Highlight(string normalized, IReadOnlyList<(string Term, int Position)> words, IReadOnlyList<(string Term, int Position)> bigrams)
    {
        var primary = DocumentNumbers.UnifyBrackets(normalized).TrimWhere(c => !char.IsLetterOrDigit(c));
        // Han words come from SmartCn; Latin and digits from the bigram chain, which does not stem (office, not offic).
        var alternatives = words.Select(w => w.Term).Where(t => t.Length >= 2 && IsHan(t))
            .Concat(bigrams.Select(b => b.Term).Where(t => t.Length >= 2 && !IsHan(t)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new HighlightPart(primary, alternatives);
    }

    private static bool IsHan(string term) => term.Any(c => c is >= '\u3400' and <= '\u9fff');

    /// <param name="ScoreOnly">The field's content is also in a field that finds documents (the title in a folded index).</param>
    private readonly record struct FieldWeight(string Words, string Bigrams, float Weight, bool ScoreOnly);

    private static string TrimWhere(this string text, Func<char, bool> drop)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && drop(text[start]))
        {
            start++;
        }

        while (end > start && drop(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }
}
