using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>
/// Record, account, plan, licence, vehicle, device, biometric and other numbers: by their label
/// ("MRN:", "Acct #", "DEA", "VIN", "serial"), and by validated shape where no label is needed
/// (VIN, DEA with check digit, Medicare MBI), plus digits read aloud ("five one three ...").
/// </summary>
internal static class IdentifierRecognizer
{
    public static void Run(Scan scan)
    {
        var tokens = scan.Tokens;
        var lex = scan.Lex;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var t = ref tokens[i];
            if (t.IsWord)
            {
                var length = scan.Match(lex.IdLabels, i, out var type);
                if (length > 0 && Labelled(scan, i + length, type, out var consumed))
                {
                    i += length + consumed - 1;
                    continue;
                }

                if (scan.Has(i, WordClass.Cue) && IsDigitWord(tokens.Span(i)))
                {
                    i = SpokenDigits(scan, i);
                }
            }
            else if (t.Kind == TokenKind.Alnum)
            {
                Shape(scan, i);
            }
            else if (t.IsNumber && t.Length >= 8 && !Touches(scan, i))
            {
                scan.AddTokens(i, i, PhiTypes.OtherId, Priority.Shape);
            }
        }
    }

    private static bool Touches(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        return (i > 0 && tokens.Adjacent(i) && !tokens[i - 1].IsPunct) || (i + 1 < tokens.Count && tokens.Adjacent(i + 1) && !tokens[i + 1].IsPunct);
    }

    /// <summary>Reads the identifier after a label; returns the tokens consumed after the label.</summary>
    private static bool Labelled(Scan scan, int j, string type, out int consumed)
    {
        var tokens = scan.Tokens;
        var start = j;
        consumed = 0;
        for (var f = 0; f < 4 && j < tokens.Count && !tokens[j].HasDigit && (scan.InSet(j, scan.Lex.IdFillers) || tokens.IsChar(j, '.')); f++)
        {
            j++;
        }

        if (j >= tokens.Count || (tokens[j].NewlineBefore && j > start))
        {
            return false;
        }

        if (tokens[j].IsWord && IsDigitWord(tokens.Span(j)))
        {
            var last = SpokenRun(scan, j, out var digits);
            if (digits >= 4)
            {
                scan.AddTokens(j, last, type == PhiTypes.Ip ? PhiTypes.Ip : type, Priority.Labelled);
                consumed = last - start + 1;
                return true;
            }

            return false;
        }

        var end = IdEnd(scan, j, type, out var digitCount, out var charCount);
        if (end < j || digitCount == 0 || charCount < 4 || (digitCount == charCount && charCount < 5 && type != PhiTypes.Vehicle))
        {
            return false;
        }

        scan.AddTokens(j, end, type, Priority.Labelled);
        consumed = end - start + 1;
        return true;
    }

    /// <summary>The last token of an identifier chain: alphanumeric groups joined by '-', '.', '/' (no spaces), or plate-like groups.</summary>
    private static int IdEnd(Scan scan, int j, string type, out int digits, out int chars)
    {
        var tokens = scan.Tokens;
        digits = 0;
        chars = 0;
        var last = -1;
        var k = j;
        while (k < tokens.Count && chars < 40)
        {
            ref var t = ref tokens[k];
            var idPart = t.HasDigit || (t.IsWord && (t.AllUpper || t.Length <= 3) && t.Length <= 6 && (last >= 0 || NextIsJoinedDigits(scan, k)));
            if (!idPart)
            {
                break;
            }

            foreach (var c in tokens.Span(k))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }

            chars += t.Length;
            last = k;
            if (k + 2 < tokens.Count && tokens.Adjacent(k + 1) && tokens.Adjacent(k + 2) && tokens[k + 1].IsPunct &&
                tokens.CharAt(k + 1) is '-' or '.' or '/' && !tokens[k + 2].IsPunct)
            {
                k += 2;
                continue;
            }

            // plates and spaced numbers: "LRY 7172", "093 91 7937"
            if (type is PhiTypes.Vehicle or PhiTypes.Ssn or PhiTypes.HealthPlan && k + 1 < tokens.Count && !tokens[k + 1].NewlineBefore &&
                !tokens.Adjacent(k + 1) && !tokens[k + 1].IsPunct && tokens[k + 1].Length <= 5 &&
                (tokens[k + 1].HasDigit || tokens[k + 1].AllUpper) && chars <= 8 && tokens[k].Length <= 4)
            {
                k += 1;
                continue;
            }

            break;
        }

        return last;
    }

    private static bool NextIsJoinedDigits(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        return k + 1 < tokens.Count && tokens.Adjacent(k + 1) &&
               ((tokens.IsChar(k + 1, '-') && k + 2 < tokens.Count && tokens[k + 2].HasDigit) || tokens[k + 1].HasDigit) ||
               (k + 1 < tokens.Count && tokens[k + 1].IsNumber && tokens[k].AllUpper && tokens[k].Length is >= 2 and <= 4);
    }

    private static void Shape(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var s = tokens.Span(i);
        if (tokens.Adjacent(i) && i > 0 && !tokens[i - 1].IsPunct)
        {
            return;
        }

        if (s.Length == 17 && IsVin(s))
        {
            scan.AddTokens(i, i, PhiTypes.Vehicle, Priority.Structured);
        }
        else if (s.Length == 9 && IsDea(s))
        {
            scan.AddTokens(i, i, PhiTypes.License, Priority.Structured);
        }
        else if (s.Length == 11 && IsMbi(s))
        {
            scan.AddTokens(i, i, PhiTypes.HealthPlan, Priority.Structured);
        }
        else if (s.Length >= 7)
        {
            var digits = 0;
            foreach (var c in s)
            {
                if (char.IsAsciiDigit(c)) digits++;
            }

            if (digits >= 5 && s.Length - digits >= 1)
            {
                scan.AddTokens(i, i, PhiTypes.OtherId, Priority.Shape);
            }
        }
    }

    private static bool IsVin(ReadOnlySpan<char> s)
    {
        int digits = 0, letters = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O' or 'Q')) letters++;
            else return false;
        }

        return digits >= 3 && letters >= 3;
    }

    /// <summary>DEA number: two letters, seven digits, the last a check digit.</summary>
    private static bool IsDea(ReadOnlySpan<char> s)
    {
        if (!char.IsAsciiLetterUpper(s[0]) || !(char.IsAsciiLetterUpper(s[1]) || s[1] == '9'))
        {
            return false;
        }

        for (var k = 2; k < 9; k++)
        {
            if (!char.IsAsciiDigit(s[k])) return false;
        }

        var sum = s[2] - '0' + (s[4] - '0') + (s[6] - '0') + 2 * (s[3] - '0' + (s[5] - '0') + (s[7] - '0'));
        return sum % 10 == s[8] - '0';
    }

    /// <summary>Medicare Beneficiary Identifier (CMS format): C A AN N A AN N A A N N, letters without S L O I B Z.</summary>
    private static bool IsMbi(ReadOnlySpan<char> s)
    {
        const string pattern = "CAXNAXNAANN";
        for (var k = 0; k < 11; k++)
        {
            var c = s[k];
            var letter = char.IsAsciiLetterUpper(c) && "SLOIBZ".IndexOf(c) < 0;
            var ok = pattern[k] switch
            {
                'C' => c is >= '1' and <= '9',
                'N' => char.IsAsciiDigit(c),
                'A' => letter,
                _ => letter || char.IsAsciiDigit(c),
            };
            if (!ok) return false;
        }

        return true;
    }

    private static readonly string[] DigitWords = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static bool IsDigitWord(ReadOnlySpan<char> w)
    {
        foreach (var d in DigitWords)
        {
            if (w.Equals(d, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The last token of a run of spoken single digits starting at <paramref name="i"/>.</summary>
    private static int SpokenRun(Scan scan, int i, out int digits)
    {
        var tokens = scan.Tokens;
        digits = 0;
        var last = i;
        for (var k = i; k < tokens.Count && tokens[k].IsWord && IsDigitWord(tokens.Span(k)) && (k == i || !tokens[k].NewlineBefore); k++)
        {
            digits++;
            last = k;
        }

        return last;
    }

    /// <summary>Seven or more digits read aloud: a telephone or fax number unless a label said otherwise.</summary>
    private static int SpokenDigits(Scan scan, int i)
    {
        var last = SpokenRun(scan, i, out var digits);
        if (digits >= 7)
        {
            scan.AddTokens(i, last, NumberRecognizer.IsFax(scan, i) ? PhiTypes.Fax : PhiTypes.Phone, Priority.Structured);
        }

        return last;
    }
}
