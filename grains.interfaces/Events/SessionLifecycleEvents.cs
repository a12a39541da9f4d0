namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>session_initialized</c>: once per new session, before anything else.</summary>
[GenerateSerializer, Immutable, Alias("SessionInitialized")]
public sealed record SessionInitialized : SessionEvent
{
    public override string Type => "session_initialized";

    [Id(0)] public string Message { get; init; } = Disclaimers.SessionMessage;
    [Id(1)] public string MedicalDisclaimer { get; init; } = Disclaimers.Medical;
    [Id(2)] public string ComplianceLevel { get; init; } = "strict";
    [Id(3)] public bool Resumed { get; init; }
    [Id(4)] public string? EncounterId { get; init; }
    [Id(5)] public IReadOnlyList<CarriedFinding>? CarriedContext { get; init; }
}

/// <summary>A finding carried over from earlier sessions of the same encounter.</summary>
[GenerateSerializer, Immutable, Alias("CarriedFinding")]
public sealed record CarriedFinding(
    [property: Id(0)] string Concept,
    [property: Id(1)] string Category,
    [property: Id(2)] string Assertion);

/// <summary><c>processing_update</c>: a stage has started.</summary>
[GenerateSerializer, Immutable, Alias("ProcessingUpdated")]
public sealed record ProcessingUpdated : SessionEvent
{
    public override string Type => "processing_update";

    [Id(0)] public string Stage { get; init; } = "";
    [Id(1)] public string Content { get; init; } = "";
}

/// <summary><c>pong</c>: the answer to a client ping.</summary>
[GenerateSerializer, Immutable, Alias("PongSent")]
public sealed record PongSent : SessionEvent
{
    public override string Type => "pong";
}

/// <summary><c>session_ended</c>: the session is closed; the socket closes with 1000 after it.</summary>
[GenerateSerializer, Immutable, Alias("SessionEnded")]
public sealed record SessionEnded : SessionEvent
{
    public override string Type => "session_ended";

    [Id(0)] public string Message { get; init; } = "Session ended.";
}

/// <summary><c>error</c>: a client frame could not be accepted; the socket stays open.</summary>
[GenerateSerializer, Immutable, Alias("ErrorReported")]
public sealed record ErrorReported : SessionEvent
{
    public override string Type => "error";

    [Id(0)] public string Code { get; init; } = "";
    [Id(1)] public string Message { get; init; } = "";
}

/// <summary><c>safety_error</c>: the input cannot be processed safely; the socket stays open.</summary>
[GenerateSerializer, Immutable, Alias("InputRejected")]
public sealed record InputRejected : SessionEvent
{
    public override string Type => "safety_error";

    [Id(0)] public string Message { get; init; } = "Message could not be processed safely";
    [Id(1)] public IReadOnlyList<string> SafetyConcerns { get; init; } = [];
    [Id(2)] public string MedicalDisclaimer { get; init; } = Disclaimers.Medical;
}

/// <summary><c>pipeline_error</c>: one stage failed; the others still run. No internal details.</summary>
[GenerateSerializer, Immutable, Alias("StageFailed")]
public sealed record StageFailed : ClinicalEvent
{
    public override string Type => "pipeline_error";

    [Id(0)] public string Stage { get; init; } = "";
    [Id(1)] public string Content { get; init; } = "";
}
