namespace Orleans.Clinical.Analysis.Entities;

/// <summary>Cuts a long text into pieces of at most a given length, at a line break, a sentence end or a space when it can.</summary>
internal static class TextSegments
{
    public static IEnumerable<(int Start, int Length)> Split(string text, int maxLength)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + maxLength);
            if (end < text.Length)
            {
                var window = text.AsSpan(start, end - start);
                var cut = window.LastIndexOf('\n');
                if (cut < maxLength / 2) cut = window.LastIndexOf(". ") is var dot and >= 0 ? dot + 1 : -1;
                if (cut < maxLength / 2) cut = window.LastIndexOf(' ');
                if (cut >= maxLength / 2) end = start + cut + 1;
                else if (char.IsHighSurrogate(text[end - 1])) end--;
            }

            yield return (start, end - start);
            start = end;
        }
    }
}
