using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// The word tokenizer of the <c>*_w</c> fields: SmartCn's <c>HMMChineseTokenizer</c> in every term, offset and type —
/// the text split into sentences by ICU's root-locale sentence rules, each sentence segmented by
/// <see cref="SentenceSegmenter"/> — about five times faster, which is most of what indexing spends (ADR 0010).
/// </summary>
internal sealed class ChineseWordTokenizer : SegmentingTokenizerBase
{
    private static readonly BreakIterator _sentenceRules = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly SentenceSegmenter _segmenter = SegmenterDictionaries.CreateSegmenter();
    private SegmentedWord[] _words = [];
    private int _wordCount;
    private int _next;
    private int _sentenceOffset;

    public ChineseWordTokenizer(TextReader reader)
        : base(reader, (BreakIterator)_sentenceRules.Clone())
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        var words = _segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        if (_words.Length < words.Length)
        {
            _words = new SegmentedWord[Math.Max(words.Length, _words.Length * 2)];
        }

        words.CopyTo(_words);
        _wordCount = words.Length;
        _next = 0;
        _sentenceOffset = m_offset + sentenceStart;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _wordCount)
        {
            return false;
        }

        var word = _words[_next++];
        ClearAttributes();
        _term.CopyBuffer(_segmenter.Text, word.TextStart, word.TextLength);
        _offset.SetOffset(CorrectOffset(_sentenceOffset + word.Start), CorrectOffset(_sentenceOffset + word.End));
        _type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _wordCount = 0;
        _next = 0;
    }
}
