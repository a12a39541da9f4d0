namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// One recommendation of a guideline (or one evidence statement), as a faithful paraphrase.
/// <see cref="Quality"/> is derived from <see cref="Level"/> on <see cref="Scale"/> by <see cref="EvidenceScales"/>.
/// </summary>
public sealed record GuidelineStatement(
    string Id,
    string GuidelineKey,
    string Organisation,
    string Title,
    int Year,
    string Recommendation,
    string Scale,
    string Level,
    string Quality,
    IReadOnlyList<string> Concepts,
    string? Url)
{
    /// <summary>The level as shown to clinicians, with the scale it is written on.</summary>
    public string DisplayLevel => EvidenceScales.Label(Scale) + ": " + Level;
}
