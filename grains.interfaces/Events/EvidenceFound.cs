namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>clinical_update</c> / <c>literature_search</c>: guideline evidence for the findings.</summary>
[GenerateSerializer, Immutable, Alias("EvidenceFound")]
public sealed record EvidenceFound : ClinicalUpdate
{
    public override string Stage => "literature_search";

    [Id(0)] public int FindingsCount { get; init; }
    [Id(1)] public string EvidenceQuality { get; init; } = "none";
    [Id(2)] public IReadOnlyList<EvidenceSummary> TopFindings { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("EvidenceSummary")]
public sealed record EvidenceSummary(
    [property: Id(0)] string Title,
    [property: Id(1)] string Source,
    [property: Id(2)] int Year,
    [property: Id(3)] string EvidenceLevel,
    [property: Id(4)] string Summary,
    [property: Id(5)] string? Url);
