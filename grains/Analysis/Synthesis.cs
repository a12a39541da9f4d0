namespace Orleans.Clinical.Analysis;

/// <summary>What the synthesis stage receives: every earlier stage's result, null where a stage failed or did not run.</summary>
public sealed record SynthesisInput(
    string RedactedText,
    EntityExtraction? Entities,
    EvidenceResult? Evidence,
    DifferentialResult? Differential,
    IReadOnlyList<string> FailedStages)
{
    /// <summary>Entities accumulated over earlier inputs of the session (context continuity).</summary>
    public IReadOnlyList<ClinicalEntity> PriorEntities { get; init; } = [];
}

public sealed record ClinicalSynthesis(
    string Content,
    IReadOnlyList<string> KeyFindings,
    IReadOnlyList<string> ClinicalConsiderations,
    string EvidenceSummary,
    string UncertaintyQuantification);

/// <summary>Writes the closing synthesis of one input.</summary>
public interface IClinicalSynthesizer
{
    ClinicalSynthesis Synthesize(SynthesisInput input);
}
