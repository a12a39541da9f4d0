namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>clinical_update</c> / <c>clinical_reasoning</c>: the ranked differential and triage.</summary>
[GenerateSerializer, Immutable, Alias("DifferentialRanked")]
public sealed record DifferentialRanked : ClinicalUpdate
{
    public override string Stage => "clinical_reasoning";

    [Id(0)] public IReadOnlyList<string> ReasoningSteps { get; init; } = [];
    [Id(1)] public IReadOnlyList<DifferentialConsideration> DifferentialConsiderations { get; init; } = [];
    [Id(2)] public double UncertaintyLevel { get; init; }
    [Id(3)] public string Triage { get; init; } = "self_care";

    /// <summary>Probability mass outside the listed conditions (additive field).</summary>
    [Id(4)] public double OtherProbability { get; init; }

    /// <summary>How the differential moved since the previous input of the session (additive field).</summary>
    [Id(5)] public IReadOnlyList<string> Changes { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("DifferentialConsideration")]
public sealed record DifferentialConsideration(
    [property: Id(0)] string Condition,
    [property: Id(1)] string Code,
    [property: Id(2)] double Probability,
    [property: Id(3)] IReadOnlyList<string> Supporting,
    [property: Id(4)] IReadOnlyList<string> Against,
    [property: Id(5)] string Triage);
