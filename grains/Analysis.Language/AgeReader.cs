namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Reads a patient's age ("58 yo M", "72-year-old", "Seventy-two-year-old", "3-week-old", "80 F", "age 67") and
/// a stated gestation ("34 weeks pregnant", "G2P1 at 37 wks", "32 weeks, ...") from tokens.
/// </summary>
internal static class AgeReader
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The first stated age in days, with the token range of the mention.</summary>
    public static (double Days, int First, int End)? ReadAge(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var (value, next) = ReadNumber(t, i);
            if (next <= i) continue;
            var j = SkipHyphen(t, next);
            var perYear = UnitDays(t, j);
            if (perYear > 0)
            {
                var k = SkipHyphen(t, j + 1);
                if (t.Is(k, "old") || t.Is(k, "yo") || t.Is(k, "o"))
                {
                    return (value * perYear, i, k + 1);
                }

                // "she's 4 months", "i'm 35"
                if (i > 0 && (t.Is(i - 1, "she's") || t.Is(i - 1, "he's") || t.Is(i - 1, "is") || t.Is(i - 1, "aged") || t.Is(i - 1, "age")))
                {
                    return (value * perYear, i, j + 1);
                }
            }

            if ((t.Is(j, "yo") || t.Is(j, "yr") || t.Is(j, "yrs") || t.Is(j, "y")) && (t.Is(j + 1, "o") || t.Is(j, "yo") || t.Is(j + 1, "m") || t.Is(j + 1, "f") || t.Is(j + 1, "/")))
            {
                return (value * 365.25, i, j + 1);
            }

            if ((t.Is(j, "m") || t.Is(j, "f") || t.Is(j, "male") || t.Is(j, "female") || t.Is(j, "yom") || t.Is(j, "yof"))
                && value is >= 1 and <= 110 && (i == 0 || t[i - 1].Sentence != t[i].Sentence || t[i - 1].Kind == TokenKind.Punctuation || t.Is(i - 1, "pt")))
            {
                return (value * 365.25, i, j + 1);
            }

            if (i > 0 && (t.Is(i - 1, "age") || t.Is(i - 1, "aged") || t.Is(i - 1, "i'm") || t.Is(i - 1, "im")) && value is >= 1 and <= 110 && !(UnitDays(t, j) > 0))
            {
                if (!(t.Is(j, "weeks") || t.Is(j, "wks") || t.Is(j, "wk"))) return (value * 365.25, i, next);
            }
        }

        return null;
    }

    /// <summary>A gestation in weeks stated as pregnancy ("34 weeks pregnant", "at 37 wks", "32 weeks, ..."), or null.</summary>
    public static (int First, int End)? ReadGestation(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.Norm(i);
            if (w.Length >= 4 && w[0] == 'g' && char.IsAsciiDigit(w[1]) && w.IndexOf('p') > 1 && char.IsAsciiDigit(w[^1]))
            {
                return (i, i + 1);
            }

            if (!t.TryNumber(i, out var weeks) || weeks < 4 || weeks > 42) continue;
            var j = i + 1;
            if (!(t.Is(j, "weeks") || t.Is(j, "wks") || t.Is(j, "wk") || t.Is(j, "w") || t.Is(j, "week"))) continue;
            var after = j + 1;
            if (t.Is(after, "pregnant") || t.Is(after, "gestation") || t.Is(after, "ga") || t.Is(after, "along") || t.Is(after, "pregnancy")
                || t.Is(after, "with") && (t.Is(after + 1, "baby") || t.Is(after + 1, "twins")))
            {
                return (i, after + 1);
            }

            var before = i - 1;
            var sentenceStart = i == 0 || t[before].Sentence != t[i].Sentence;
            if (sentenceStart && (t.IsChar(after, ',') || t.IsChar(after, ':')) || t.Is(before, "at") || t.Is(before, "i'm") || t.Is(before, "im")
                || t.Is(before, "she's") || t.Is(before, "is") && !t.Is(after, "ago"))
            {
                if (!t.Is(after, "ago") && !t.Is(after, "old")) return (i, j + 1);
            }
        }

        return null;
    }

    private static int SkipHyphen(TokenizedText t, int i) => t.IsChar(i, '-') ? i + 1 : i;

    private static double UnitDays(TokenizedText t, int i)
    {
        if (i >= t.Count) return 0;
        var w = t.Norm(i);
        return w switch
        {
            "day" or "days" or "d" => 1,
            "week" or "weeks" or "wk" or "wks" => 7,
            "month" or "months" or "mo" or "mos" or "mth" => 30.4,
            "year" or "years" or "yr" or "yrs" => 365.25,
            _ => 0,
        };
    }

    private static readonly Dictionary<string, int> NumberWords = BuildNumberWords();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int> BuildNumberWords()
    {
        Dictionary<string, int> words = new(StringComparer.Ordinal);
        for (var u = 1; u < Units.Length; u++) words[Units[u]] = u;
        for (var tens = 2; tens < Tens.Length; tens++) words[Tens[tens]] = tens * 10;
        return words;
    }

    // A number token, or a number in words ("seventy-two", "three").
    private static (double Value, int Next) ReadNumber(TokenizedText t, int i)
    {
        var token = t[i];
        if (token.Kind == TokenKind.Number) return t.TryNumber(i, out var value) ? (value, i + 1) : (0, i);
        if (token.Kind != TokenKind.Word || token.Length < 3 || !NumberWordLookup.TryGetValue(t.Norm(i), out var n)) return (0, i);
        if (n >= 20 && n % 10 == 0)
        {
            var j = SkipHyphen(t, i + 1);
            if (j < t.Count && NumberWordLookup.TryGetValue(t.Norm(j), out var unit) && unit < 10) return (n + unit, j + 1);
        }

        return (n, i + 1);
    }
}
