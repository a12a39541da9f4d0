namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Ordinary English words that lie one or two edits from clinical vocabulary words ("cooking" and "choking",
/// "strike" and "stroke", "leisure" and "seizure"). The fuzzy matcher never corrects them. Loaded once from
/// the embedded Data/common-words.txt.
/// </summary>
public static class CommonWords
{
    private static readonly Lazy<IReadOnlySet<string>> Words = new(Load);

    public static IReadOnlySet<string> Default => Words.Value;

    private static HashSet<string> Load()
    {
        HashSet<string> set = new(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("common-words.txt"))
        {
            if (line.StartsWith('#')) continue;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(word.ToLowerInvariant());
            }
        }

        return set;
    }
}
