using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Grains.Session;

/// <summary>
/// The persisted state of one session. It never holds raw PHI: inputs are kept only in redacted form,
/// pseudonyms only as keyed digests.
/// </summary>
[GenerateSerializer, Alias("SessionState")]
public sealed class SessionState
{
    [Id(0)] public string? Owner { get; set; }
    [Id(1)] public DateTimeOffset CreatedAt { get; set; }
    [Id(2)] public DateTimeOffset LastActivityAt { get; set; }
    [Id(3)] public long LastSeq { get; set; }
    [Id(4)] public List<SessionEvent> Frames { get; set; } = [];
    [Id(5)] public List<string> ProcessedInputIds { get; set; } = [];
    [Id(6)] public List<ContextFinding> Findings { get; set; } = [];
    [Id(7)] public List<string> RedactedInputs { get; set; } = [];
    [Id(8)] public PseudonymState Pseudonyms { get; set; } = new();
    [Id(9)] public bool Ended { get; set; }
    [Id(10)] public string? EncounterId { get; set; }
    [Id(11)] public List<AuditRecord> Audit { get; set; } = [];
    [Id(12)] public int InputCount { get; set; }
    [Id(13)] public int EmergencyCount { get; set; }
    [Id(14)] public string? LastSynthesis { get; set; }
    [Id(15)] public List<DifferentialConsideration> LastDifferential { get; set; } = [];

    public bool Exists => Owner is not null;
}

/// <summary>A finding of the session's accumulated context: the latest assertion of each concept.</summary>
[GenerateSerializer, Immutable, Alias("ContextFinding")]
public sealed record ContextFinding(
    [property: Id(0)] string Concept,
    [property: Id(1)] string Category,
    [property: Id(2)] string Assertion,
    [property: Id(3)] CodeRef? Code);

/// <summary>Pseudonym numbers by keyed digest of the normalised value; the raw value is never kept.</summary>
[GenerateSerializer, Alias("PseudonymState")]
public sealed class PseudonymState
{
    [Id(0)] public Dictionary<string, int> Numbers { get; set; } = [];
    [Id(1)] public Dictionary<string, int> Counters { get; set; } = [];
}
