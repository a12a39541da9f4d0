namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>Ages of 90 and over (the number only): "93-year-old", "97 y/o", "Age: 92", "aged 91", "ninety-three-year-old".</summary>
internal static class AgeRecognizer
{
    public static void Run(Scan scan)
    {
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsNumber)
            {
                var v = scan.Value(i);
                if (v is >= 90 and <= 130 && (AgeUnitAfter(scan, i + 1) || AgeCueBefore(scan, i)))
                {
                    scan.AddTokens(i, i, PhiTypes.AgeOver89, Priority.Age);
                }
            }
            else if (tokens[i].IsWord && (tokens.Is(i, "ninety") || tokens.Is(i, "hundred") || tokens.Is(i, "one")))
            {
                var last = SpokenNumbers.Run(scan, i, 4);
                if (last < i)
                {
                    continue;
                }

                var value = SpokenValue(scan, i, last);
                if (value >= 90 && (AgeUnitAfter(scan, last + 1) || AgeCueBefore(scan, i)))
                {
                    scan.AddTokens(i, last, PhiTypes.AgeOver89, Priority.Age);
                }

                i = last;
            }
        }
    }

    private static int SpokenValue(Scan scan, int first, int last)
    {
        var tokens = scan.Tokens;
        var total = 0;
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (tokens.Is(k, "hundred"))
            {
                total = Math.Max(total, 1) * 100;
                continue;
            }

            var v = SpokenNumbers.Value(tokens.Span(k));
            if (v < 0) return -1;
            total += v;
        }

        return total;
    }

    private static bool AgeUnitAfter(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        if (tokens.IsChar(k, '-') && tokens.Adjacent(k))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].NewlineBefore)
        {
            return false;
        }

        var w = tokens.Span(k);
        if (w.Equals("yo", StringComparison.OrdinalIgnoreCase) || w.Equals("yrs", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("yoM", StringComparison.OrdinalIgnoreCase) || w.Equals("yoF", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (w.Equals("y", StringComparison.OrdinalIgnoreCase) && (tokens.IsChar(k + 1, '/') || tokens.IsChar(k + 1, '.')) && tokens.Is(k + 2, "o"))
        {
            return true;
        }

        if (w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("years", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("yr", StringComparison.OrdinalIgnoreCase))
        {
            var n = k + 1;
            if (tokens.IsChar(n, '-'))
            {
                n++;
            }

            return tokens.Is(n, "old");
        }

        return false;
    }

    private static bool AgeCueBefore(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var p = i - 1;
        if (tokens.IsChar(p, ':'))
        {
            p--;
        }

        return tokens.Is(p, "age") || tokens.Is(p, "aged") ||
               (tokens.Is(p, "is") && (tokens.Is(p - 1, "age") || tokens.Is(p - 1, "he") || tokens.Is(p - 1, "she") || tokens.Is(p - 1, "patient") ||
                                      tokens.Is(p - 1, "pt") || tokens.Is(p - 1, "who"))) ||
               (tokens.Is(p, "turned") || tokens.Is(p, "turns"));
    }
}
