namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Splits text into words (letters, then letters or digits, with inner apostrophes: "can't", "od'd", "spo2"),
/// numbers ("38.2", ".5"; a number stops before letters: "4L" is "4" and "l") and single punctuation marks.
/// Sentences end at '.', '!' or '?' followed by a space or the end (not after common abbreviations), and at
/// line breaks; clauses also end at ';'. Linear in the input, never throws.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations =
        ["dr", "mr", "mrs", "ms", "vs", "pt", "st", "approx", "etc", "fig", "wt", "ht"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TokenizedText Tokenize(string? text)
    {
        text ??= "";
        var n = text.Length;
        var lower = new char[n];
        for (var k = 0; k < n; k++)
        {
            var c = text[k];
            lower[k] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u2009' or '\u202F' => ' ',
                < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
                _ => char.ToLowerInvariant(c),
            };
        }

        var tokens = new Token[Math.Max(8, n / 4 + 8)];
        var count = 0;
        var sentence = 0;
        var clause = 0;
        var pendingBreak = false;
        var i = 0;
        while (i < n)
        {
            var c = lower[i];
            if (char.IsWhiteSpace(c))
            {
                if (c is '\n' or '\r' && count > 0) pendingBreak = true;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < n && char.IsAsciiDigit(lower[i + 1]) && (i == 0 || !char.IsLetterOrDigit(lower[i - 1]))))
            {
                kind = TokenKind.Number;
                var seenPoint = false;
                while (i < n)
                {
                    var d = lower[i];
                    if (char.IsAsciiDigit(d)) { i++; continue; }
                    if (d == '.' && !seenPoint && i + 1 < n && char.IsAsciiDigit(lower[i + 1])) { seenPoint = true; i++; continue; }
                    break;
                }
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < n)
                {
                    var d = lower[i];
                    if (char.IsLetterOrDigit(d) || char.IsSurrogate(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                    if (d == '\'' && i + 1 < n && char.IsLetter(lower[i + 1])) { i++; continue; }
                    break;
                }
            }
            else
            {
                kind = TokenKind.Punctuation;
                i += char.IsHighSurrogate(text[i]) && i + 1 < n ? 2 : 1;
            }

            if (pendingBreak)
            {
                pendingBreak = false;
                if (count > 0 && tokens[count - 1].Sentence == sentence)
                {
                    sentence++;
                    clause++;
                }
            }

            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[count++] = new Token(start, i, kind, sentence, clause);

            if (kind == TokenKind.Punctuation)
            {
                var atEnd = i >= n || char.IsWhiteSpace(lower[i]) || lower[i] is '"' or ')';
                if (c is '!' or '?' && atEnd
                    || c == '.' && atEnd && !(count >= 2 && tokens[count - 2].End == start && IsAbbreviation(lower, tokens[count - 2])))
                {
                    sentence++;
                    clause++;
                }
                else if (c == ';')
                {
                    clause++;
                }
            }
        }

        return new TokenizedText(text, lower, tokens, count, count == 0 ? 0 : tokens[count - 1].Sentence + 1);
    }

    private static bool IsAbbreviation(char[] lower, in Token previous) =>
        previous.Kind == TokenKind.Word && (previous.Length == 1 || AbbreviationLookup.Contains(lower.AsSpan(previous.Start, previous.Length)));
}
