namespace Orleans.Clinical.Analysis;

/// <summary>A guideline or evidence statement. <see cref="Url"/> only when it is certain.</summary>
public sealed record EvidenceItem(
    string Title,
    string Source,
    int Year,
    string EvidenceLevel,
    string Summary,
    string? Url,
    double Score);

/// <summary>
/// The evidence found for a set of concepts. <see cref="EvidenceQuality"/> summarises the levels found
/// ("high", "moderate", "low", "very_low" or "none").
/// </summary>
public sealed record EvidenceResult(IReadOnlyList<EvidenceItem> TopFindings, int FindingsCount, string EvidenceQuality)
{
    public static EvidenceResult Empty { get; } = new([], 0, "none");
}

/// <summary>Searches guideline and literature evidence for the concepts extracted from an input.</summary>
public interface IEvidenceSearch
{
    EvidenceResult Search(EvidenceQuery query);
}

/// <summary>Concepts present in the case (canonical names), most important first, plus free text terms.</summary>
public sealed record EvidenceQuery(IReadOnlyList<string> Concepts, string? Text = null, int MaxResults = 5);
