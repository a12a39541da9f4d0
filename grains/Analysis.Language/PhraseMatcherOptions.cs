namespace Orleans.Clinical.Analysis.Language;

/// <summary>How a <see cref="PhraseMatcher{T}"/> compares text tokens with vocabulary tokens.</summary>
public sealed record PhraseMatcherOptions
{
    /// <summary>Tolerates misspellings (Damerau-Levenshtein, first letter kept) of vocabulary words.</summary>
    public bool Fuzzy { get; init; } = true;

    /// <summary>Matches simple inflections of vocabulary words: -s, -es, -ies, -ed, -d, -ing, possessive 's.</summary>
    public bool Inflections { get; init; } = true;

    /// <summary>Shortest word (text and vocabulary) that may differ by one edit.</summary>
    public int OneEditMinLength { get; init; } = 5;

    /// <summary>Shortest word that may differ by two edits.</summary>
    public int TwoEditMinLength { get; init; } = 9;

    /// <summary>Most corrections in one phrase match.</summary>
    public int MaxEditsPerPhrase { get; init; } = 2;

    /// <summary>Real words never "corrected" into a vocabulary word ("cooking" is not "choking"). Null: <see cref="CommonWords.Default"/>.</summary>
    public IReadOnlySet<string>? ProtectedWords { get; init; }

    public static PhraseMatcherOptions Default { get; } = new();

    /// <summary>Exact tokens plus inflections, no spelling tolerance: for cue and trigger lists.</summary>
    public static PhraseMatcherOptions NoFuzzy { get; } = new() { Fuzzy = false };
}
