using Orleans.Clinical.Analysis;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Grains.Pipeline;

/// <summary>What one input needs: its raw text (never stored), the session's context and where frames go.</summary>
public sealed record PipelineRequest(
    string Text,
    IPseudonymSource Pseudonyms,
    IReadOnlyList<string> PriorRedactedInputs,
    IReadOnlyList<ClinicalEntity> PriorEntities,
    IReadOnlyList<DifferentialConsideration> PriorDifferential);

/// <summary>What the session keeps of one analysed input. Only redacted text.</summary>
public sealed record PipelineOutcome(
    bool Rejected,
    string? RedactedText,
    IReadOnlyList<string> PhiTypes,
    string? EmergencyCategory,
    EntityExtraction? Entities,
    IReadOnlyList<DifferentialConsideration>? Differential,
    string? Synthesis,
    IReadOnlyList<string> FailedStages);
