namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>emergency_alert</c>: the input describes an emergency. Sent before any later stage.</summary>
[GenerateSerializer, Immutable, Alias("EmergencyDetected")]
public sealed record EmergencyDetected : ClinicalEvent
{
    public override string Type => "emergency_alert";

    [Id(0)] public string Priority { get; init; } = "critical";
    [Id(1)] public string EmergencyType { get; init; } = "";
    [Id(2)] public IReadOnlyList<EmergencyEvidence> Findings { get; init; } = [];
    [Id(3)] public string Content { get; init; } = "";
    [Id(4)] public string ActionRequired { get; init; } = "immediate_medical_attention";
    [Id(5)] public string ClinicalUrgency { get; init; } = "life_threatening";
}

/// <summary>Evidence of an emergency: <c>kind</c> is "phrase" or "vital"; offsets into the analysed text.</summary>
[GenerateSerializer, Immutable, Alias("EmergencyEvidence")]
public sealed record EmergencyEvidence(
    [property: Id(0)] string Text,
    [property: Id(1)] int Start,
    [property: Id(2)] int End,
    [property: Id(3)] string Kind);
