namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>Number words of dictation: cardinals and ordinals ("twenty-third", "nineteen forty").</summary>
internal static class SpokenNumbers
{
    private static readonly string[] Words =
    [
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "thirtieth",
    ];

    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
    ];

    public static IReadOnlyList<string> All => Words;

    public static bool IsNumberWord(ReadOnlySpan<char> w) => Contains(Words, w);

    public static bool IsOrdinal(ReadOnlySpan<char> w) => Contains(Ordinals, w);

    /// <summary>The value of a tens word (twenty..ninety) or a unit/teen word, or -1.</summary>
    public static int Value(ReadOnlySpan<char> w)
    {
        for (var k = 0; k < 29; k++)
        {
            if (w.Equals(Words[k], StringComparison.OrdinalIgnoreCase))
            {
                return k switch
                {
                    0 or 1 => 0,
                    <= 20 => k - 1,
                    _ => (k - 19) * 10,
                };
            }
        }

        return -1;
    }

    /// <summary>The last token of a run of number words joined by spaces or hyphens, starting at i (or i-1 if none).</summary>
    public static int Run(Scan scan, int i, int maxWords = 8)
    {
        var tokens = scan.Tokens;
        var last = i - 1;
        var k = i;
        var words = 0;
        while (k < tokens.Count && words < maxWords && tokens[k].IsWord && IsNumberWord(tokens.Span(k)) && (k == i || !tokens[k].NewlineBefore))
        {
            last = k;
            words++;
            if (k + 2 < tokens.Count && tokens.IsChar(k + 1, '-') && tokens.Adjacent(k + 1) && tokens.Adjacent(k + 2) &&
                tokens[k + 2].IsWord && IsNumberWord(tokens.Span(k + 2)))
            {
                k += 2;
                continue;
            }

            k++;
        }

        return last;
    }

    private static bool Contains(string[] list, ReadOnlySpan<char> w)
    {
        foreach (var s in list)
        {
            if (w.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
