namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>clinical_synthesis</c>: always the last frame of an input.</summary>
[GenerateSerializer, Immutable, Alias("SynthesisCompleted")]
public sealed record SynthesisCompleted : ClinicalEvent
{
    public override string Type => "clinical_synthesis";

    [Id(0)] public string Content { get; init; } = "";
    [Id(1)] public SynthesisDetail Synthesis { get; init; } = new();
    [Id(2)] public string EvidenceDisclaimer { get; init; } = Disclaimers.Evidence;
}

[GenerateSerializer, Immutable, Alias("SynthesisDetail")]
public sealed record SynthesisDetail
{
    [Id(0)] public IReadOnlyList<string> KeyFindings { get; init; } = [];
    [Id(1)] public IReadOnlyList<string> ClinicalConsiderations { get; init; } = [];
    [Id(2)] public string EvidenceSummary { get; init; } = "";
    [Id(3)] public string UncertaintyQuantification { get; init; } = "";
}
