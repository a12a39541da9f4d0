namespace Orleans.Clinical.Analysis.Entities;

/// <summary>
/// The text the shared ConText engine reads: the input with a few ordinary words it would take for negation
/// triggers ("notes", "noted": inflections of "not") disguised by changing their first letter. Lengths and offsets
/// are unchanged, so its tokens line up with the input's. Returns the input itself when nothing needs hiding.
/// </summary>
internal static class ContextText
{
    public static string Mask(string text, IReadOnlyList<string> words)
    {
        char[]? copy = null;
        foreach (var word in words)
        {
            var from = 0;
            while (from < text.Length && text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
                {
                    copy ??= text.ToCharArray();
                    copy[at] = 'x';
                }

                from = end;
            }
        }

        return copy is null ? text : new string(copy);
    }
}
