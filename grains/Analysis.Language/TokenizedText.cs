using System.Globalization;

namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// A text split into offset-preserving tokens with sentence and clause numbers. The normalised form of a token
/// is its lower-case text (apostrophe variants folded to '), read without allocation through <see cref="Norm"/>.
/// Immutable once built; build one with <see cref="Tokenizer.Tokenize"/>.
/// </summary>
public sealed class TokenizedText
{
    private readonly char[] lower;
    private readonly Token[] tokens;
    private readonly int count;

    internal TokenizedText(string text, char[] lower, Token[] tokens, int count, int sentenceCount)
    {
        Text = text;
        this.lower = lower;
        this.tokens = tokens;
        this.count = count;
        SentenceCount = sentenceCount;
    }

    public string Text { get; }

    public int Count => count;

    public int SentenceCount { get; }

    public ReadOnlySpan<Token> Tokens => tokens.AsSpan(0, count);

    public ref readonly Token this[int index] => ref tokens[index];

    /// <summary>The lower-case form of the whole text; same length and offsets as <see cref="Text"/>.</summary>
    public ReadOnlySpan<char> Lower => lower;

    /// <summary>The normalised (lower-case) form of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Norm(int index) => lower.AsSpan(tokens[index].Start, tokens[index].Length);

    /// <summary>The normalised form as a string (allocates).</summary>
    public string NormString(int index) => new(Norm(index));

    /// <summary>The original text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Original(int index) => Text.AsSpan(tokens[index].Start, tokens[index].Length);

    public bool Is(int index, string normalised) => index >= 0 && index < count && Norm(index).SequenceEqual(normalised);

    public bool IsChar(int index, char c) =>
        index >= 0 && index < count && tokens[index].Length == 1 && lower[tokens[index].Start] == c;

    /// <summary>True when the token is a number; <paramref name="value"/> is its value.</summary>
    public bool TryNumber(int index, out double value)
    {
        value = 0;
        return index >= 0 && index < count && tokens[index].Kind == TokenKind.Number
            && double.TryParse(Norm(index), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Index of the token that contains <paramref name="offset"/> or, when it falls between tokens, the next one.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = count - 1, found = count;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    /// <summary>The token range [first, end) that covers the character span [start, end).</summary>
    public (int First, int End) TokenRange(int start, int end)
    {
        var first = TokenAtOrAfter(start);
        var last = first;
        while (last < count && tokens[last].Start < end)
        {
            last++;
        }

        return (first, Math.Max(first, last));
    }

    /// <summary>The token range [first, end) of sentence <paramref name="sentence"/>.</summary>
    public (int First, int End) SentenceRange(int sentence)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Sentence < sentence) lo = mid + 1; else hi = mid;
        }

        var first = lo;
        var last = first;
        while (last < count && tokens[last].Sentence == sentence)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>Number of word and number tokens in [first, end).</summary>
    public int WordCount(int first, int end)
    {
        var n = 0;
        for (var i = Math.Max(0, first); i < end && i < count; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation) n++;
        }

        return n;
    }
}
