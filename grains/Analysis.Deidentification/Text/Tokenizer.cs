namespace Orleans.Clinical.Analysis.Deidentification.Text;

/// <summary>
/// One pass over the text: runs of letters and digits become tokens (an apostrophe inside a word stays,
/// "O'Neill", except a possessive 's), every other visible character is a punctuation token.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, TokenList tokens)
    {
        tokens.Reset(text);
        var flags = TokenFlags.None;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                flags |= c is '\n' or '\r' ? TokenFlags.SpaceBefore | TokenFlags.NewlineBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                bool letters = false, digits = false, upper = false, lower = false, firstUpper = char.IsUpper(c);
                while (i < n)
                {
                    c = text[i];
                    if (char.IsAsciiDigit(c))
                    {
                        digits = true;
                    }
                    else if (IsWordChar(c))
                    {
                        letters = true;
                        upper |= char.IsUpper(c);
                        lower |= char.IsLower(c);
                    }
                    else if (c is '\'' or '\u2019' && i > start && i + 1 < n && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
                    {
                        // inside a word: O'Neill, don't
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                var kind = letters ? (digits ? TokenKind.Alnum : TokenKind.Word) : TokenKind.Number;
                if (kind == TokenKind.Word)
                {
                    if (firstUpper)
                    {
                        flags |= TokenFlags.Capitalized;
                    }

                    if (upper && !lower)
                    {
                        flags |= TokenFlags.AllUpper;
                    }

                    if (lower && !upper)
                    {
                        flags |= TokenFlags.AllLower;
                    }
                }

                tokens.Add(new Token { Start = start, End = i, Kind = kind, Flags = flags });
            }
            else
            {
                i++;
                tokens.Add(new Token { Start = start, End = i, Kind = TokenKind.Punct, Flags = flags });
            }

            flags = TokenFlags.None;
        }
    }

    /// <summary>Splits a short phrase into token strings (for cue tables).</summary>
    public static string[] Split(string phrase)
    {
        var list = new TokenList();
        Tokenize(phrase, list);
        var result = new string[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            result[k] = list.Span(k).ToString();
        }

        return result;
    }

    private static bool IsWordChar(char c) => char.IsAsciiDigit(c) || char.IsLetter(c) ||
        (c > 0x7F && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.OtherNumber);

    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S' &&
        (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
