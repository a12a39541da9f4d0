namespace Orleans.Clinical.Analysis.Language;

/// <summary>Edit distances for spelling tolerance.</summary>
public static class EditDistance
{
    /// <summary>
    /// Damerau-Levenshtein distance in its optimal-string-alignment form (insert, delete, substitute, swap two
    /// neighbours). Returns <paramref name="max"/> + 1 as soon as the distance must exceed <paramref name="max"/>.
    /// </summary>
    public static int OptimalStringAlignment(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        if (b.Length > 64 || a.Length > 64) return a.SequenceEqual(b) ? 0 : max + 1;

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prev2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max) return max + 1;
            var swap = prev2;
            prev2 = prev;
            prev = current;
            current = swap;
        }

        return prev[b.Length];
    }
}
