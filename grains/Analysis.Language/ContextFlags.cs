namespace Orleans.Clinical.Analysis.Language;

/// <summary>Every ConText modifier that applies to a mention (several can apply at once).</summary>
[Flags]
public enum ContextFlags
{
    None = 0,
    Negated = 1,
    Historical = 2,
    Family = 4,
    Hypothetical = 8,
    Possible = 16,

    /// <summary>The mention is in a question ("What are the signs of a stroke?"); also sets <see cref="Hypothetical"/>.</summary>
    Question = 32,

    /// <summary>Historical only through a weak cue ("history of"), which a chronic condition overrides.</summary>
    WeakHistorical = 64,
}
