using Orleans.Clinical.Analysis;

namespace Orleans.Clinical.Grains.Pipeline;

/// <summary>The analysis stages the pipeline runs, as registered in the silo's container.</summary>
public sealed record AnalysisStages(
    InputSafetyScreen Safety,
    IPhiRedactor Phi,
    IEmergencyDetector Emergency,
    IEntityExtractor Entities,
    IEvidenceSearch Evidence,
    IDifferentialDiagnosis Differential,
    IClinicalSynthesizer Synthesizer)
{
    /// <summary>The optional language-model narrative; null (the default) sends the deterministic synthesis.</summary>
    public LanguageModelNarrative? Narrative { get; init; }
}
