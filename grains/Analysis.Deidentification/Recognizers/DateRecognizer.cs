using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>
/// Dates finer than a year, in numeric, written and spoken forms. Bare years, durations, clock times,
/// weekdays and relative dates are left alone; a month/day pair without a year needs a date cue.
/// </summary>
internal static class DateRecognizer
{
    private static readonly string[] NotDayAfterOrdinal =
        ["percentile", "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "grade", "rib", "ribs",
         "toe", "finger", "digit", "metatarsal", "cranial", "nerve", "floor", "birthday", "dose", "cycle", "fraction", "place",
         "street", "st", "avenue", "ave", "trimester", "degree", "generation", "intercostal", "ics", "line", "round", "attempt"];

    public static void Run(Scan scan)
    {
        var tokens = scan.Tokens;
        var lex = scan.Lex;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var t = ref tokens[i];
            var end = -1;
            if (t.IsNumber)
            {
                end = Numeric(scan, i);
                if (end < 0)
                {
                    end = DayMonth(scan, i);
                }
            }
            else if (t.IsWord)
            {
                if (scan.Has(i, WordClass.Cue) && lex.Month(tokens.Span(i)) > 0)
                {
                    end = MonthFirst(scan, i);
                }
                else if (scan.Match(lex.SpokenDateCues, i, out _) is var cue and > 0)
                {
                    var j = i + cue;
                    while (j < tokens.Count && (tokens.IsChar(j, ':') || tokens.Is(j, "is") || tokens.Is(j, "on") || tokens.Is(j, "of")))
                    {
                        j++;
                    }

                    var last = SpokenDate(scan, j);
                    if (last >= j)
                    {
                        scan.AddTokens(j, last, PhiTypes.Date, Priority.Date);
                        i = last;
                    }

                    continue;
                }
            }
            else if (t.Kind == TokenKind.Alnum)
            {
                end = OrdinalDay(scan, i);
            }

            if (end >= i)
            {
                scan.AddTokens(i, end, PhiTypes.Date, Priority.Date);
                i = end;
            }
        }
    }

    private static bool Sep(TokenList tokens, int k, char c) => tokens.IsChar(k, c) && tokens.Adjacent(k) && tokens.Adjacent(k + 1);

    private static bool ValidMonthDay(int m, int d) => (m is >= 1 and <= 12 && d is >= 1 and <= 31) || (d is >= 1 and <= 12 && m is >= 13 and <= 31);

    private static bool IsYear(Scan scan, int k, out int year)
    {
        year = scan.Value(k);
        var len = k < scan.Tokens.Count ? scan.Tokens[k].Length : 0;
        return (len == 4 && year is >= 1880 and <= 2150) || len == 2;
    }

    private static bool EndsCleanly(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        return k + 1 >= tokens.Count || !tokens.Adjacent(k + 1) ||
               !(tokens[k + 1].HasDigit || tokens.IsChar(k + 1, '/') || (tokens.IsChar(k + 1, '-') && k + 2 < tokens.Count && tokens[k + 2].HasDigit));
    }

    private static int Numeric(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        if (i > 0 && tokens.Adjacent(i) && (tokens[i - 1].HasDigit || tokens.IsChar(i - 1, '/') || tokens.IsChar(i - 1, '.') || tokens.IsChar(i - 1, '-')))
        {
            return -1;
        }

        var a = scan.Value(i);
        var lenA = tokens[i].Length;
        foreach (var sep in "/-.")
        {
            if (!Sep(tokens, i + 1, sep) || !tokens[i + 2].IsNumber)
            {
                continue;
            }

            var b = scan.Value(i + 2);
            if (lenA == 4 && a is >= 1880 and <= 2150 && Sep(tokens, i + 3, sep) && tokens[i + 4].IsNumber)
            {
                var d = scan.Value(i + 4);
                return b is >= 1 and <= 12 && d is >= 1 and <= 31 && tokens[i + 4].Length <= 2 && EndsCleanly(scan, i + 4) ? i + 4 : -1;
            }

            if (lenA > 2 || tokens[i + 2].Length > 2)
            {
                return -1;
            }

            if (Sep(tokens, i + 3, sep) && i + 4 < tokens.Count && tokens[i + 4].IsNumber)
            {
                return ValidMonthDay(a, b) && IsYear(scan, i + 4, out _) && EndsCleanly(scan, i + 4) ? i + 4 : -1;
            }

            if (sep == '/' && ValidMonthDay(a, b) && a <= 12 && EndsCleanly(scan, i + 2) && MonthDayHasCue(scan, i))
            {
                return i + 2;
            }

            return -1;
        }

        return -1;
    }

    private static bool MonthDayHasCue(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var next = i + 3;
        if (next < tokens.Count && (tokens[next].IsWord && (tokens.Is(next, "mg") || tokens.Is(next, "mcg") || tokens.Is(next, "units")) || tokens.IsChar(next, '%')))
        {
            return false;
        }

        // "4/14 at 03:41"
        if (tokens.Is(next, "at") && next + 3 < tokens.Count && tokens[next + 1].IsNumber && tokens.IsChar(next + 2, ':') && tokens[next + 3].IsNumber)
        {
            return true;
        }

        var p = i - 1;
        while (p >= 0 && tokens[p].IsPunct && tokens.CharAt(p) is ':' or '(' or '-' && !tokens[p + 1].NewlineBefore)
        {
            p--;
        }

        if (p < 0 || tokens[i].NewlineBefore || !tokens[p].IsWord)
        {
            return false;
        }

        if (scan.InSet(p, scan.Lex.NotDateAfter))
        {
            return false;
        }

        return scan.InSet(p, scan.Lex.DateCues);
    }

    /// <summary>26-Mar-2024, 14 March 2025, 14 Mar, 14th of March.</summary>
    private static int DayMonth(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var d = scan.Value(i);
        if (d is < 1 or > 31 || tokens[i].Length > 2)
        {
            return -1;
        }

        var k = i + 1;
        var dashed = Sep(tokens, k, '-');
        if (dashed)
        {
            k++;
        }

        if (!scan.IsWord(k) || scan.Lex.Month(tokens.Span(k)) == 0 || (!dashed && tokens.Adjacent(k)))
        {
            return -1;
        }

        if (tokens.Is(k, "may") && !tokens[k].Capitalized && !dashed)
        {
            return -1;
        }

        var end = k;
        if (dashed && Sep(tokens, k + 1, '-') && IsYear(scan, k + 2, out _))
        {
            return k + 2;
        }

        if (!dashed && k + 1 < tokens.Count && IsYear(scan, k + 1, out var y) && tokens[k + 1].Length == 4 && y > 0)
        {
            return k + 1;
        }

        return dashed || tokens[k].Capitalized ? end : -1;
    }

    /// <summary>March 14, 2025 / Mar. 14 / March 14th / March 2019 / december twenty-third nineteen thirty-five.</summary>
    private static int MonthFirst(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var k = i + 1;
        if (tokens.IsChar(k, '.') && tokens.Adjacent(k))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].NewlineBefore)
        {
            return -1;
        }

        var lowerMay = tokens.Is(i, "may") && !tokens[i].Capitalized;
        if (tokens[k].IsNumber || tokens[k].Kind == TokenKind.Alnum)
        {
            var day = DayValue(scan, k);
            if (day is >= 1 and <= 31 && tokens[k].Length <= 4)
            {
                if (lowerMay && tokens[k].IsNumber)
                {
                    return -1;
                }

                var end = k;
                var y = k + 1;
                if (tokens.IsChar(y, ',') && tokens.Adjacent(y))
                {
                    y++;
                }

                if (y < tokens.Count && tokens[y].IsNumber && tokens[y].Length == 4 && scan.Value(y) is >= 1880 and <= 2150)
                {
                    end = y;
                }

                return EndsCleanly(scan, end) ? end : -1;
            }

            if (tokens[k].Length == 4 && scan.Value(k) is >= 1880 and <= 2150 && !lowerMay)
            {
                return k;
            }

            return -1;
        }

        if (tokens[k].IsWord && SpokenNumbers.IsNumberWord(tokens.Span(k)) && !lowerMay)
        {
            var last = SpokenNumbers.Run(scan, k);
            var hasOrdinal = false;
            for (var m = k; m <= last; m++)
            {
                hasOrdinal |= tokens[m].IsWord && SpokenNumbers.IsOrdinal(tokens.Span(m));
            }

            return hasOrdinal ? last : -1;
        }

        if (tokens.Is(k, "the") && k + 1 < tokens.Count && DayValue(scan, k + 1) is >= 1 and <= 31 && tokens[k + 1].Kind == TokenKind.Alnum)
        {
            return k + 1;
        }

        return -1;
    }

    /// <summary>"the 28th" after a date cue ("on the 28th"); the span is the ordinal only. Also "14th of March".</summary>
    private static int OrdinalDay(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var day = DayValue(scan, i);
        if (day is < 1 or > 31)
        {
            return -1;
        }

        if (tokens.Is(i + 1, "of") && scan.IsWord(i + 2) && scan.Lex.Month(tokens.Span(i + 2)) > 0)
        {
            var end = i + 2;
            if (i + 3 < tokens.Count && tokens[i + 3].IsNumber && tokens[i + 3].Length == 4)
            {
                end = i + 3;
            }

            return end;
        }

        if (!tokens.Is(i - 1, "the") || !scan.InSet(i - 2, scan.Lex.OrdinalDateCues))
        {
            return -1;
        }

        if (scan.IsWord(i + 1))
        {
            foreach (var w in NotDayAfterOrdinal)
            {
                if (tokens.Is(i + 1, w)) return -1;
            }
        }

        return i;
    }

    /// <summary>14 or 14th as a day number, else -1.</summary>
    private static int DayValue(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        if (k >= tokens.Count)
        {
            return -1;
        }

        if (tokens[k].IsNumber)
        {
            return tokens[k].Length <= 2 ? scan.Value(k) : -1;
        }

        var s = tokens.Span(k);
        if (tokens[k].Kind != TokenKind.Alnum || s.Length is < 3 or > 4)
        {
            return -1;
        }

        var suffix = s[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
              suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        var v = 0;
        foreach (var c in s[..^2])
        {
            if (!char.IsAsciiDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }

        return v;
    }

    /// <summary>A spoken or written date after a cue such as "date of birth": number words and month names.</summary>
    private static int SpokenDate(Scan scan, int j)
    {
        var tokens = scan.Tokens;
        if (j >= tokens.Count || !tokens[j].IsWord)
        {
            return -1;
        }

        if (tokens.Is(j, "the"))
        {
            j++;
        }

        var last = -1;
        var k = j;
        var numberWords = 0;
        while (k < tokens.Count && (k == j || !tokens[k].NewlineBefore) && tokens[k].IsWord)
        {
            var w = tokens.Span(k);
            if (scan.Lex.Month(w) > 0 && !(w.Equals("may", StringComparison.OrdinalIgnoreCase) && k > j))
            {
                last = k;
                k++;
                continue;
            }

            if ((tokens.Is(k, "the") || tokens.Is(k, "of")) && k > j && k + 1 < tokens.Count && tokens[k + 1].IsWord &&
                (SpokenNumbers.IsNumberWord(tokens.Span(k + 1)) || scan.Lex.Month(tokens.Span(k + 1)) > 0))
            {
                k++;
                continue;
            }

            if (tokens.Is(k, "the") && k == j)
            {
                k++;
                continue;
            }

            var runEnd = SpokenNumbers.Run(scan, k);
            if (runEnd < k)
            {
                break;
            }

            numberWords++;
            last = runEnd;
            k = runEnd + 1;
        }

        return numberWords > 0 ? last : -1;
    }
}
