namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>Telephone and fax numbers (NANP and international, with extensions) and social security numbers.</summary>
internal static class NumberRecognizer
{
    public static void Run(Scan scan)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var t = ref tokens[i];
            var c = text[t.Start];
            if (!t.IsNumber && c is not ('+' or '('))
            {
                continue;
            }

            if (t.Start > 0 && (char.IsLetterOrDigit(text[t.Start - 1]) || (text[t.Start - 1] is '-' or '.' or '/' && t.Start > 1 && char.IsDigit(text[t.Start - 2]))))
            {
                continue;
            }

            if (t.IsNumber && TrySsn(text, t.Start, out var ssnEnd))
            {
                scan.Add(t.Start, ssnEnd, PhiTypes.Ssn, Priority.Structured + 5);
                continue;
            }

            if (TryPhone(text, t.Start, out var end) || (t.IsNumber && LocalNumber(scan, i, out end)))
            {
                end = Extension(text, end);
                scan.Add(t.Start, end, IsFax(scan, i) ? PhiTypes.Fax : PhiTypes.Phone, Priority.Structured);
            }
        }
    }

    /// <summary>Decides FAX or PHONE from the nearest cue word before the number on the same line.</summary>
    public static bool IsFax(Scan scan, int index)
    {
        var tokens = scan.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - 8; k--)
        {
            if (tokens[k].IsWord)
            {
                var w = tokens.Span(k);
                if (scan.Lex.FaxCues.Contains(w))
                {
                    return true;
                }

                if (scan.Lex.PhoneCues.Contains(w))
                {
                    return false;
                }
            }

            if (tokens[k].NewlineBefore || tokens.IsChar(k, '|') || tokens.IsChar(k, ';'))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A seven-digit local number (555-0142) after a telephone cue word on the same line.</summary>
    private static bool LocalNumber(Scan scan, int i, out int end)
    {
        var tokens = scan.Tokens;
        end = 0;
        if (tokens[i].Length != 3 || !tokens.IsChar(i + 1, '-') || !tokens.Adjacent(i + 1) || !scan.IsNumber(i + 2) ||
            tokens[i + 2].Length != 4 || !tokens.Adjacent(i + 2) || (i + 3 < tokens.Count && tokens.Adjacent(i + 3) && !tokens[i + 3].IsPunct))
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - 5 && !tokens[k + 1].NewlineBefore; k--)
        {
            if (scan.InSet(k, scan.Lex.PhoneCues) || scan.InSet(k, scan.Lex.FaxCues) || tokens.Is(k, "at") || tokens.Is(k, "from"))
            {
                end = tokens[i + 2].End;
                return true;
            }
        }

        return false;
    }

    private static bool TrySsn(string text, int p, out int end)
    {
        end = p;
        if (!Digits(text, ref end, 3, 3))
        {
            return false;
        }

        if (end >= text.Length || text[end] is not ('-' or ' '))
        {
            return false;
        }

        var sep = text[end];
        var area = int.Parse(text.AsSpan(p, 3));
        var g = end + 1;
        end = g;
        if (!Digits(text, ref end, 2, 2) || end >= text.Length || text[end] != sep)
        {
            return false;
        }

        var s = end + 1;
        end = s;
        if (!Digits(text, ref end, 4, 4) || (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsDigit(text[end + 1])))))
        {
            return false;
        }

        return area is not (0 or 666) && area < 900 && text.AsSpan(g, 2) is not "00" && text.AsSpan(s, 4) is not "0000";
    }

    /// <summary>Parses a telephone number at <paramref name="p"/>: +CC groups, 1-AAA-EEE-NNNN, (AAA) EEE-NNNN, 10 digits.</summary>
    public static bool TryPhone(string text, int p, out int end)
    {
        end = p;
        var q = p;
        if (text[q] == '+')
        {
            q++;
            var cc = q;
            if (!Digits(text, ref q, 1, 3))
            {
                return false;
            }

            if (text.AsSpan(cc, q - cc) is not "1")
            {
                return International(text, q, out end, q - cc);
            }

            if (q < text.Length && text[q] is ' ' or '-' or '.')
            {
                q++;
            }
        }
        else if (text[q] == '1' && q + 1 < text.Length && text[q + 1] is '-' or ' ' or '.' && q + 2 < text.Length && (char.IsDigit(text[q + 2]) || text[q + 2] == '('))
        {
            q += 2;
        }

        var areaStart = q;
        char sep;
        if (q < text.Length && text[q] == '(')
        {
            q++;
            areaStart = q;
            if (!Digits(text, ref q, 3, 3) || q >= text.Length || text[q] != ')')
            {
                return false;
            }

            q++;
            if (q < text.Length && text[q] is ' ' or '-' or '.')
            {
                q++;
            }

            sep = '\0';
        }
        else
        {
            if (!Digits(text, ref q, 3, 3))
            {
                // ten digits in a row
                q = areaStart;
                if (!Digits(text, ref q, 10, 10) || (q < text.Length && char.IsLetterOrDigit(text[q])))
                {
                    return false;
                }

                end = q;
                return text[areaStart] >= '2';
            }

            if (q >= text.Length || text[q] is not (' ' or '-' or '.'))
            {
                q = areaStart;
                if (!Digits(text, ref q, 10, 10) || (q < text.Length && char.IsLetterOrDigit(text[q])))
                {
                    return false;
                }

                end = q;
                return text[areaStart] >= '2';
            }

            sep = text[q];
            q++;
        }

        if (text[areaStart] < '2' || !Digits(text, ref q, 3, 3))
        {
            return false;
        }

        if (q >= text.Length || text[q] is not (' ' or '-' or '.') || (sep != '\0' && text[q] != sep && sep != ' '))
        {
            return false;
        }

        q++;
        if (!Digits(text, ref q, 4, 4) || (q < text.Length && (char.IsLetterOrDigit(text[q]) || (text[q] is '-' or '.' or '/' && q + 1 < text.Length && char.IsDigit(text[q + 1])))))
        {
            return false;
        }

        end = q;
        return true;
    }

    private static bool International(string text, int q, out int end, int ccLength)
    {
        end = q;
        var digits = ccLength;
        var last = q;
        while (q < text.Length && digits < 15)
        {
            if (text[q] is ' ' or '-' or '.' && q + 1 < text.Length && char.IsDigit(text[q + 1]))
            {
                q++;
            }
            else if (text[q] == '(' && q + 1 < text.Length && char.IsDigit(text[q + 1]))
            {
                q++;
            }

            var groupStart = q;
            while (q < text.Length && char.IsDigit(text[q]) && digits < 15)
            {
                q++;
                digits++;
            }

            if (q < text.Length && text[q] == ')')
            {
                q++;
            }

            if (q == groupStart)
            {
                break;
            }

            last = q;
        }

        end = last;
        return digits >= 8 && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
    }

    private static int Extension(string text, int end)
    {
        var q = end;
        while (q < text.Length && text[q] is ' ' or ',' && q - end < 2)
        {
            q++;
        }

        var s = text.AsSpan(q);
        int skip;
        if (s.StartsWith("extension", StringComparison.OrdinalIgnoreCase)) skip = 9;
        else if (s.StartsWith("ext", StringComparison.OrdinalIgnoreCase)) skip = 3;
        else if (s.StartsWith("x", StringComparison.OrdinalIgnoreCase)) skip = 1;
        else return end;

        q += skip;
        if (q < text.Length && text[q] == '.') q++;
        if (q < text.Length && text[q] == ' ') q++;
        var d = q;
        return Digits(text, ref q, 1, 6) && (q >= text.Length || !char.IsLetterOrDigit(text[q])) && q > d ? q : end;
    }

    private static bool Digits(string text, ref int p, int min, int max)
    {
        var s = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && p - s < max)
        {
            p++;
        }

        if (p - s < min || (p < text.Length && char.IsAsciiDigit(text[p])))
        {
            p = s;
            return false;
        }

        return true;
    }
}
