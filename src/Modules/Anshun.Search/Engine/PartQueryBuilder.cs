using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Anshun.Search.Engine;

/// <summary>
/// Builds the scoring of ADR 0010 for one part. Per field (title ×3, text ×1, meta ×0.5) the part matches through
/// the SmartCn phrase (×4), all SmartCn words (×2) or the bigram phrase (×1); a constant 1,000 is added when its
/// words match anywhere, so word matches always outrank bigram-only ones; a document number adds <c>docno</c> ×20.
/// A quoted part does not accept scattered words: only the phrases.
/// </summary>
internal static class PartQueryBuilder
{
    public const int MaxTokens = 64;
    public const float WordMatchBonus = 1000f;
    public const float DocumentNumberBoost = 20f;

    private static readonly (string Words, string Bigrams, float Weight)[] _fields =
    [
        (IndexFields.TitleWords, IndexFields.TitleBigrams, 3f),
        (IndexFields.TextWords, IndexFields.TextBigrams, 1f),
        (IndexFields.MetaWords, IndexFields.MetaBigrams, 0.5f),
    ];

    /// <summary>Null when nothing in the part can be searched (only punctuation or operators such as <c>((</c>).</summary>
    public static AnalysedPart? Build(QueryPart part)
    {
        var normalized = TextNormalizer.Normalize(part.Text);
        var words = SearchAnalyzers.Analyze(SearchAnalyzers.Words, IndexFields.TextWords, normalized, MaxTokens);
        var bigrams = SearchAnalyzers.Analyze(SearchAnalyzers.QueryBigrams, IndexFields.TextBigrams, normalized, MaxTokens);
        var numbers = DocumentNumbers.FindInQuery(part.Text);
        if (words.Count == 0 && bigrams.Count == 0 && numbers.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var (wordField, bigramField, weight) in _fields)
        {
            if (words.Count > 1 || (part.IsPhrase && words.Count == 1))
            {
                query.Add(Phrase(wordField, words, 4f * weight), Occur.SHOULD);
            }

            if (!part.IsPhrase && words.Count > 0)
            {
                query.Add(AllWords(wordField, words, 2f * weight), Occur.SHOULD);
            }

            if (bigrams.Count > 0)
            {
                query.Add(Phrase(bigramField, bigrams, weight), Occur.SHOULD);
            }
        }

        if (words.Count > 0)
        {
            var wordMatch = new BooleanQuery();
            foreach (var (wordField, _, _) in _fields)
            {
                wordMatch.Add(part.IsPhrase ? Phrase(wordField, words, 1f) : AllWords(wordField, words, 1f), Occur.SHOULD);
            }

            query.Add(new ConstantScoreQuery(wordMatch) { Boost = WordMatchBonus }, Occur.SHOULD);
        }

        foreach (var number in numbers)
        {
            query.Add(new TermQuery(new Term(IndexFields.DocumentNumber, number)) { Boost = DocumentNumberBoost }, Occur.SHOULD);
        }

        return new AnalysedPart(part, query, Highlight(normalized, words, bigrams));
    }

    /// <summary>Every part must match.</summary>
    public static Query Combine(IEnumerable<AnalysedPart> parts)
    {
        var query = new BooleanQuery();
        foreach (var part in parts)
        {
            query.Add(part.Query, Occur.MUST);
        }

        return query;
    }

    private static Query Phrase(string field, IReadOnlyList<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static Query AllWords(string field, IReadOnlyList<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var all = new BooleanQuery { Boost = boost };
        foreach (var term in tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return all;
    }

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
