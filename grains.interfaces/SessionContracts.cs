namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>A clinician's input. <see cref="Id"/> is the client's id (echoed as in_reply_to) or one the gateway assigned.</summary>
[GenerateSerializer, Immutable, Alias("ClinicalInput")]
public sealed record ClinicalInput([property: Id(0)] string Id, [property: Id(1)] string Text, [property: Id(2)] bool IdFromClient = true);

/// <summary>Whether a user may use a session.</summary>
[GenerateSerializer, Alias("SessionAccessStatus")]
public enum SessionAccessStatus
{
    Granted,
    NotFound,
    NotOwner,
    AlreadyExists,
    Ended,
}

[GenerateSerializer, Immutable, Alias("SessionAccess")]
public sealed record SessionAccess(
    [property: Id(0)] SessionAccessStatus Status,
    [property: Id(1)] long LastSeq)
{
    public bool Granted => Status == SessionAccessStatus.Granted;

    public static SessionAccess Denied(SessionAccessStatus status) => new(status, 0);
}

[GenerateSerializer, Alias("InputStatus")]
public enum InputStatus
{
    Processed,
    Duplicate,
    NotOwner,
    SessionEnded,
}

[GenerateSerializer, Immutable, Alias("InputOutcome")]
public sealed record InputOutcome(
    [property: Id(0)] InputStatus Status,
    [property: Id(1)] long FirstSeq,
    [property: Id(2)] long LastSeq);

[GenerateSerializer, Immutable, Alias("ReplayResult")]
public sealed record ReplayResult(
    [property: Id(0)] bool Granted,
    [property: Id(1)] IReadOnlyList<SessionEvent> Frames,
    [property: Id(2)] long LastSeq,
    [property: Id(3)] long OldestAvailableSeq);

[GenerateSerializer, Immutable, Alias("SessionSummary")]
public sealed record SessionSummary(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string State,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset LastActivityAt,
    [property: Id(4)] int InputCount,
    [property: Id(5)] int EmergencyCount,
    [property: Id(6)] long LastSeq,
    [property: Id(7)] string? LastSynthesis,
    [property: Id(8)] IReadOnlyList<CarriedFinding> Findings,
    [property: Id(9)] string? EncounterId);

/// <summary>One entry of the tamper-evident audit trail: <c>hash</c> = SHA-256(prev_hash | fields).</summary>
[GenerateSerializer, Immutable, Alias("AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] long Index,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Detail,
    [property: Id(5)] string PrevHash,
    [property: Id(6)] string Hash);
