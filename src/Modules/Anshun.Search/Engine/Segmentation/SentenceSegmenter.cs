using Lucene.Net.Analysis.Cn.Smart;

namespace Anshun.Search.Engine.Segmentation;

/// <summary>
/// SmartCn's hidden-Markov segmentation of one sentence (HHMM 分词), re-implemented to give the library's exact words
/// at a fraction of its cost: every dictionary word starting at each character becomes a candidate, adjacent
/// candidates are joined by edges weighted with the smoothed pair probability, and the cheapest path from sentence
/// start to end is the segmentation. Candidates are numbered and edges relaxed in the library's order with the
/// library's arithmetic, so ties break the same way. Buffers are reused; one instance per tokenizer (not thread-safe).
/// </summary>
internal sealed class SentenceSegmenter(WordLexicon lexicon, BigramFrequencies bigrams)
{
    private const double Smooth = 0.1;
    private static readonly double _tiny = 1.0 / Utility.MAX_FREQUENCE;

    private readonly int _stringFrequency = lexicon.Frequency(Utility.STRING_CHAR_ARRAY);
    private readonly int _numberFrequency = lexicon.Frequency(Utility.NUMBER_CHAR_ARRAY);
    private readonly int _startFrequency = lexicon.Frequency(Utility.START_CHAR_ARRAY);
    private readonly int _endFrequency = lexicon.Frequency(Utility.END_CHAR_ARRAY);

    private WordCandidate[] _candidates = new WordCandidate[64];
    private int _count;
    private char[] _keys = new char[256];
    private int _keyLength;
    private CharType[] _types = new CharType[64];

    /// <summary>First candidate starting at each position (index = position + 1, the sentence start being -1); -1 when none.</summary>
    private int[] _firstAt = new int[64];

    /// <summary>For each end offset, the nearest position at or after it where a candidate starts.</summary>
    private int[] _nextStart = new int[64];

    private char[] _word = new char[16];
    private SegmentedWord[] _words = new SegmentedWord[32];
    private int _wordCount;
    private char[] _text = new char[256];
    private int _textLength;

    /// <summary>Segments <paramref name="sentence"/>; the words stay valid until the next call.</summary>
    public ReadOnlySpan<SegmentedWord> Segment(ReadOnlySpan<char> sentence)
    {
        _count = 0;
        _keyLength = 0;
        _wordCount = 0;
        _textLength = 0;
        AddCandidates(sentence);
        FindCheapestPath();
        EmitWords(sentence);
        return _words.AsSpan(0, _wordCount);
    }

    /// <summary>Holds the term text of the words returned by the last <see cref="Segment"/> (see <see cref="SegmentedWord.TextStart"/>).</summary>
    public char[] Text => _text;

    private void AddCandidates(ReadOnlySpan<char> sentence)
    {
        var length = sentence.Length;
        EnsureCapacity(ref _types, length);
        for (var i = 0; i < length; i++)
        {
            _types[i] = Utility.GetCharType(sentence[i]);
        }

        Add(-1, 0, WordType.SENTENCE_BEGIN, Utility.START_CHAR_ARRAY, _startFrequency);
        var position = 0;
        while (position < length)
        {
            switch (_types[position])
            {
                case CharType.SPACE_LIKE:
                    position++;
                    break;
                case CharType.HANZI:
                    AddDictionaryWords(sentence, position);
                    position++;
                    break;
                case CharType.LETTER:
                case CharType.FULLWIDTH_LETTER:
                    position = AddRun(position, length, CharType.LETTER, CharType.FULLWIDTH_LETTER, WordType.STRING, WordType.FULLWIDTH_STRING, Utility.STRING_CHAR_ARRAY, _stringFrequency);
                    break;
                case CharType.DIGIT:
                case CharType.FULLWIDTH_DIGIT:
                    position = AddRun(position, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, WordType.NUMBER, WordType.FULLWIDTH_NUMBER, Utility.NUMBER_CHAR_ARRAY, _numberFrequency);
                    break;
                case CharType.DELIMITER:
                    // Punctuation takes the highest frequency: no weight needs looking up.
                    Add(position, position + 1, WordType.DELIMITER, sentence.Slice(position, 1), Utility.MAX_FREQUENCE);
                    position++;
                    break;
                default:
                    // Anything else (outside GB2312, say) is an unknown string of one character.
                    Add(position, position + 1, WordType.STRING, Utility.STRING_CHAR_ARRAY, _stringFrequency);
                    position++;
                    break;
            }
        }

        Add(length, length + 1, WordType.SENTENCE_END, Utility.END_CHAR_ARRAY, _endFrequency);
    }

    /// <summary>
    /// The character at <paramref name="start"/> on its own, and every longer dictionary word starting there; spaces
    /// between Chinese characters are skipped (the word's text leaves them out, its offsets span them).
    /// </summary>
    private void AddDictionaryWords(ReadOnlySpan<char> sentence, int start)
    {
        var length = sentence.Length;
        var end = start + 1;
        var wordLength = 1;
        _word[0] = sentence[start];
        Add(start, end, WordType.CHINESE_WORD, _word.AsSpan(0, 1), lexicon.Frequency(_word.AsSpan(0, 1)));
        var found = lexicon.PrefixMatch(_word.AsSpan(0, 1), 0);
        while (end <= length && found != -1)
        {
            var word = _word.AsSpan(0, wordLength);
            if (wordLength > 1 && lexicon.IsEntry(word, found))
            {
                Add(start, end, WordType.CHINESE_WORD, word, lexicon.Frequency(word));
            }

            while (end < length && _types[end] == CharType.SPACE_LIKE)
            {
                end++;
            }

            if (end >= length || _types[end] != CharType.HANZI)
            {
                break;
            }

            EnsureCapacity(ref _word, wordLength + 1);
            _word[wordLength++] = sentence[end];
            found = lexicon.PrefixMatch(_word.AsSpan(0, wordLength), found);
            end++;
        }
    }

    /// <summary>A run of Latin letters or of digits, half- or full-width, as one candidate; returns where the run ends.</summary>
    private int AddRun(int start, int length, CharType half, CharType full, WordType halfKind, WordType fullKind, ReadOnlySpan<char> key, int frequency)
    {
        var hasFullWidth = _types[start] == full;
        var end = start + 1;
        while (end < length && (_types[end] == half || _types[end] == full))
        {
            hasFullWidth |= _types[end] == full;
            end++;
        }

        Add(start, end, hasFullWidth ? fullKind : halfKind, key, frequency);
        return end;
    }

    private void Add(int start, int end, WordType kind, ReadOnlySpan<char> key, int frequency)
    {
        EnsureCapacity(ref _candidates, _count + 1);
        EnsureCapacity(ref _keys, _keyLength + key.Length);
        key.CopyTo(_keys.AsSpan(_keyLength));
        _candidates[_count++] = new WordCandidate
        {
            Start = start,
            End = end,
            Kind = kind,
            Frequency = frequency,
            KeyStart = _keyLength,
            KeyLength = key.Length,
            Cost = double.MaxValue,
            Previous = -1,
        };
        _keyLength += key.Length;
    }

    /// <summary>
    /// Viterbi over the candidates in their order (by start, then as added): each one's edges go to the candidates at
    /// the nearest start at or after its end; a later edge replaces an earlier only when strictly cheaper, as in the library.
    /// </summary>
    private void FindCheapestPath()
    {
        var sentenceEnd = _candidates[_count - 1].Start;
        var positions = sentenceEnd + 2;
        EnsureCapacity(ref _firstAt, positions);
        EnsureCapacity(ref _nextStart, positions);
        Array.Fill(_firstAt, -1, 0, positions);
        for (var k = _count - 1; k >= 0; k--)
        {
            _firstAt[_candidates[k].Start + 1] = k;
        }

        var next = -1;
        for (var position = sentenceEnd; position >= 0; position--)
        {
            if (_firstAt[position + 1] >= 0)
            {
                next = position;
            }

            _nextStart[position] = next;
        }

        _candidates[0].Cost = 0;
        for (var from = 0; from < _count - 1; from++)
        {
            ref var left = ref _candidates[from];
            var target = _nextStart[left.End];
            if (target < 0)
            {
                continue;
            }

            double oneWordFrequency = left.Frequency;
            var leftHash = BigramFrequencies.HashLeft(_keys.AsSpan(left.KeyStart, left.KeyLength));
            for (var to = _firstAt[target + 1]; to < _count && _candidates[to].Start == target; to++)
            {
                ref var right = ref _candidates[to];
                double pairFrequency = bigrams.Frequency(leftHash, _keys.AsSpan(right.KeyStart, right.KeyLength));

                // -log{a·P(Ci-1) + (1-a)·P(Ci|Ci-1)}, a = 0.1, written as the library writes it so the doubles agree.
                var weight = -Math.Log(Smooth * (1.0 + oneWordFrequency) / (Utility.MAX_FREQUENCE + 0.0)
                    + (1.0 - Smooth) * ((1.0 - _tiny) * pairFrequency / (1.0 + oneWordFrequency) + _tiny));
                var cost = left.Cost + weight;
                if (cost < right.Cost)
                {
                    right.Cost = cost;
                    right.Previous = from;
                }
            }
        }
    }

    /// <summary>The words on the cheapest path, without the sentence start and end, in SmartCn's term form.</summary>
    private void EmitWords(ReadOnlySpan<char> sentence)
    {
        var pathLength = 0;
        for (var k = _count - 1; k > 0; k = _candidates[k].Previous)
        {
            pathLength++;
        }

        EnsureCapacity(ref _words, pathLength);
        var slot = pathLength - 1;
        for (var k = _candidates[_count - 1].Previous; k > 0; k = _candidates[k].Previous)
        {
            _words[--slot] = AddText(sentence, _candidates[k]);
        }

        _wordCount = pathLength - 1;
    }

    private SegmentedWord AddText(ReadOnlySpan<char> sentence, in WordCandidate candidate)
    {
        ReadOnlySpan<char> source = candidate.Kind switch
        {
            WordType.CHINESE_WORD => _keys.AsSpan(candidate.KeyStart, candidate.KeyLength),
            WordType.DELIMITER => Utility.COMMON_DELIMITER,
            _ => sentence[candidate.Start..candidate.End],
        };
        EnsureCapacity(ref _text, _textLength + source.Length);
        var text = _text.AsSpan(_textLength, source.Length);
        source.CopyTo(text);
        var fullWidth = candidate.Kind is WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER;
        if (fullWidth || candidate.Kind == WordType.STRING)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (fullWidth && text[i] >= 0xFF10)
                {
                    text[i] = (char)(text[i] - 0xFEE0);
                }

                if (text[i] is >= 'A' and <= 'Z')
                {
                    text[i] = (char)(text[i] + 0x20);
                }
            }
        }

        var word = new SegmentedWord(candidate.Start, candidate.End, _textLength, source.Length);
        _textLength += source.Length;
        return word;
    }

    private static void EnsureCapacity<T>(ref T[] array, int needed)
    {
        if (array.Length < needed)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }
}
