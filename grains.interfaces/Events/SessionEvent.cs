using System.Text.Json.Serialization;

namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>
/// A frame the server sends, with the protocol envelope. <see cref="Seq"/> starts at 1 per session and
/// grows by exactly one per frame; the same frame keeps its seq and content when replayed.
/// </summary>
[GenerateSerializer, Immutable, Alias("SessionEvent")]
[JsonDerivedType(typeof(SessionInitialized))]
[JsonDerivedType(typeof(PhiRedacted))]
[JsonDerivedType(typeof(EmergencyDetected))]
[JsonDerivedType(typeof(ProcessingUpdated))]
[JsonDerivedType(typeof(EntitiesExtracted))]
[JsonDerivedType(typeof(EvidenceFound))]
[JsonDerivedType(typeof(DifferentialRanked))]
[JsonDerivedType(typeof(SynthesisCompleted))]
[JsonDerivedType(typeof(StageFailed))]
[JsonDerivedType(typeof(InputRejected))]
[JsonDerivedType(typeof(ErrorReported))]
[JsonDerivedType(typeof(PongSent))]
[JsonDerivedType(typeof(SessionEnded))]
public abstract record SessionEvent
{
    /// <summary>The protocol's frame type, e.g. <c>clinical_update</c>.</summary>
    [JsonPropertyOrder(-5)]
    public abstract string Type { get; }

    [Id(0), JsonPropertyOrder(-4)]
    public string SessionId { get; init; } = "";

    [Id(1), JsonPropertyOrder(-3)]
    public long Seq { get; init; }

    [Id(2), JsonPropertyOrder(-2)]
    public string? InReplyTo { get; init; }

    [Id(3), JsonPropertyOrder(-1)]
    public DateTimeOffset Timestamp { get; init; }
}

/// <summary>Frames with clinical content carry the medical disclaimer.</summary>
[GenerateSerializer, Immutable, Alias("ClinicalEvent")]
public abstract record ClinicalEvent : SessionEvent
{
    [Id(0)]
    public string MedicalDisclaimer { get; init; } = Disclaimers.Medical;
}

/// <summary>A <c>clinical_update</c> frame of one analysis stage.</summary>
[GenerateSerializer, Immutable, Alias("ClinicalUpdate")]
public abstract record ClinicalUpdate : ClinicalEvent
{
    public sealed override string Type => "clinical_update";

    [JsonPropertyOrder(-1)]
    public abstract string Stage { get; }

    [Id(0)]
    public string Content { get; init; } = "";
}
