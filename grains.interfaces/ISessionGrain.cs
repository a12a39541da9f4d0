using Orleans.Concurrency;

namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>
/// One clinical session, keyed by its session id (at least 128 random bits). It holds the session's
/// clinical context, its audit trail and the log of every frame it sent, and publishes every frame on the
/// stream <see cref="ClinicalNames.SessionStreamNamespace"/>/{session id} of <see cref="ClinicalNames.StreamProvider"/>.
/// Every method checks that <c>user</c> owns the session.
/// </summary>
[Alias("ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the session for <paramref name="user"/> and publishes <c>session_initialized</c>. With an
    /// encounter id, the clinical context of that encounter's earlier sessions is carried over.
    /// Starting a session that already exists is refused with <see cref="SessionAccess.AlreadyExists"/>.
    /// </summary>
    [Alias("Start")]
    Task<SessionAccess> Start(string user, string? encounterId = null);

    /// <summary>Checks that <paramref name="user"/> may resume the session; returns the last sequence number.</summary>
    [Alias("Resume")]
    Task<SessionAccess> Resume(string user);

    /// <summary>
    /// Analyses one clinical input and publishes its frames in protocol order. An input whose id was already
    /// processed is not analysed again (<see cref="InputOutcome.Duplicate"/>): its frames are in the log.
    /// </summary>
    [Alias("Submit")]
    Task<InputOutcome> Submit(string user, ClinicalInput input);

    /// <summary>
    /// Every frame with a sequence number greater than <paramref name="afterSeq"/>, in order, from the
    /// durable log. Runs beside a Submit in progress, so a reconnecting client is not kept waiting.
    /// </summary>
    [Alias("Replay")]
    [AlwaysInterleave]
    Task<ReplayResult> Replay(string user, long afterSeq);

    /// <summary>Answers a client ping with a <c>pong</c> frame.</summary>
    [Alias("Ping")]
    Task<long> Ping(string user, string? inReplyTo);

    /// <summary>Publishes a protocol <c>error</c> frame (the socket stays open).</summary>
    [Alias("ReportError")]
    Task<long> ReportError(string user, string code, string message, string? inReplyTo);

    /// <summary>Ends the session: publishes <c>session_ended</c>; later inputs are refused.</summary>
    [Alias("End")]
    Task<long> End(string user, string? inReplyTo);

    /// <summary>State, counts and the last synthesis, for the owner.</summary>
    [Alias("GetSummary")]
    Task<SessionSummary> GetSummary(string user);

    /// <summary>The hash-chained audit trail, for the owner or an auditor (never PHI).</summary>
    [Alias("GetAudit")]
    Task<IReadOnlyList<AuditRecord>> GetAudit(string user, bool asAuditor);
}
