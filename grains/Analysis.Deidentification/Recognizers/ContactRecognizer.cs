namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>E-mail addresses, web addresses and IP addresses, found by their anchor characters.</summary>
internal static class ContactRecognizer
{
    private static readonly string[] UrlStarts = ["https://", "http://", "www."];
    private static readonly string[] TopLevel = ["com", "org", "net", "edu", "gov", "io", "us", "info", "health", "me", "co", "ly", "link", "site", "page"];

    public static void Run(Scan scan)
    {
        var text = scan.Text;
        Emails(scan, text);
        Urls(scan, text);
        IpAddresses(scan);
    }

    private static void Emails(Scan scan, string text)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            var left = at;
            while (left > 0 && at - left < 64 && IsLocalChar(text[left - 1]))
            {
                left--;
            }

            var right = at + 1;
            while (right < text.Length && right - at < 255 && (char.IsAsciiLetterOrDigit(text[right]) || text[right] is '.' or '-'))
            {
                right++;
            }

            while (right > at + 1 && text[right - 1] is '.' or '-')
            {
                right--;
            }

            var domain = text.AsSpan(at + 1, right - at - 1);
            var dot = domain.LastIndexOf('.');
            if (left < at && dot > 0 && domain.Length - dot - 1 >= 2 && IsLetters(domain[(dot + 1)..]))
            {
                scan.Add(left, right, PhiTypes.Email, Priority.Labelled);
            }
        }
    }

    private static void Urls(Scan scan, string text)
    {
        foreach (var start in UrlStarts)
        {
            for (var p = text.IndexOf(start, StringComparison.OrdinalIgnoreCase); p >= 0;
                 p = p + 1 < text.Length ? text.IndexOf(start, p + 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || (start == "www." && text[p - 1] == '/')))
                {
                    continue;
                }

                var end = UrlEnd(text, p + start.Length);
                if (end > p + start.Length + 3)
                {
                    scan.Add(p, end, PhiTypes.Url, Priority.Labelled);
                }
            }
        }

        // bare domain with a path: caringbridge.org/visit/name
        var tokens = scan.Tokens;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !tokens.IsChar(i - 1, '.') || !tokens.IsChar(i + 1, '/') || !tokens.Adjacent(i) ||
                !tokens.Adjacent(i + 1) || !tokens.Adjacent(i - 1) || !IsTopLevel(tokens.Span(i)))
            {
                continue;
            }

            var first = i - 2;
            while (first >= 2 && tokens.Adjacent(first) && (tokens.IsChar(first - 1, '.') || tokens.IsChar(first - 1, '-')) &&
                   tokens.Adjacent(first - 1) && !tokens[first - 2].IsPunct)
            {
                first -= 2;
            }

            scan.Add(tokens[first].Start, UrlEnd(text, tokens[i + 1].Start), PhiTypes.Url, Priority.Labelled);
        }
    }

    private static bool IsTopLevel(ReadOnlySpan<char> word)
    {
        foreach (var t in TopLevel)
        {
            if (word.Equals(t, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int UrlEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from < 2048 && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or '\'' or '`' or '(' or ')' or '[' or ']' or '{' or '}' or '|'))
        {
            end++;
        }

        while (end > from && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            end--;
        }

        return end;
    }

    private static void IpAddresses(Scan scan)
    {
        var tokens = scan.Tokens;
        for (var i = 0; i + 6 < tokens.Count; i++)
        {
            if (!tokens[i].IsNumber || (i > 0 && tokens.Adjacent(i) && (tokens.IsChar(i - 1, '.') || !tokens[i - 1].IsPunct)))
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < 4 && ok; k++)
            {
                var t = i + 2 * k;
                var v = scan.Value(t);
                ok = v is >= 0 and <= 255 && tokens[t].Length <= 3 && (k == 0 || (tokens.IsChar(t - 1, '.') && tokens.Adjacent(t) && tokens.Adjacent(t - 1)));
            }

            if (ok && !(i + 8 < tokens.Count && tokens.IsChar(i + 7, '.') && tokens.Adjacent(i + 7) && tokens[i + 8].IsNumber && tokens.Adjacent(i + 8)))
            {
                scan.AddTokens(i, i + 6, PhiTypes.Ip, Priority.Structured);
                i += 6;
            }
        }

        Ipv6(scan);
    }

    private static void Ipv6(Scan scan)
    {
        var text = scan.Text;
        for (var p = text.IndexOf(':'); p >= 0 && p < text.Length; p = text.IndexOf(':', p + 1))
        {
            var start = p;
            while (start > 0 && p - start < 40 && (char.IsAsciiHexDigit(text[start - 1]) || text[start - 1] == ':'))
            {
                start--;
            }

            var end = p;
            while (end < text.Length && end - start < 45 && (char.IsAsciiHexDigit(text[end]) || text[end] == ':'))
            {
                end++;
            }

            var candidate = text.AsSpan(start, end - start);
            var colons = candidate.Count(':');
            var letterOrDouble = candidate.IndexOfAny("abcdefABCDEF") >= 0 || candidate.Contains("::", StringComparison.Ordinal);
            if (colons >= 3 && letterOrDouble && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) &&
                (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Add(start, end, PhiTypes.Ip, Priority.Structured);
            }

            p = Math.Max(p, end);
            if (p >= text.Length - 1)
            {
                break;
            }
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
