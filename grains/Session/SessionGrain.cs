using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Clinical.Grains.Pipeline;
using Orleans.Runtime;
using Orleans.Streams;

namespace Orleans.Clinical.Grains.Session;

/// <summary>
/// One clinical session. Frames are appended to the in-memory log and published on the session's stream
/// the moment they are ready; the state (log, context, audit) is written once per call that produced
/// frames, after the frames went out, so storage never delays an emergency alert.
/// </summary>
public sealed class SessionGrain(
    [PersistentState("session", ClinicalNames.SessionStorage)] IPersistentState<SessionState> state,
    ClinicalPipeline pipeline,
    IOptions<SessionOptions> sessionOptions,
    IOptions<PrivacyOptions> privacyOptions,
    TimeProvider time,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private IAsyncStream<SessionEvent>? _stream;
    private HashSet<string>? _processedIds;
    private bool _dirty;
    private byte[]? _pseudonymKey;

    private SessionState S => state.State;

    private string SessionId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = this.GetStreamProvider(ClinicalNames.StreamProvider)
            .GetStream<SessionEvent>(StreamId.Create(ClinicalNames.SessionStreamNamespace, SessionId));
        _processedIds = [.. S.ProcessedInputIds];
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await Persist();
        }
    }

    public async Task<SessionAccess> Start(string user, string? encounterId = null)
    {
        if (S.Exists)
        {
            return SessionAccess.Denied(SessionAccessStatus.AlreadyExists);
        }

        var now = time.GetUtcNow();
        S.Owner = user;
        S.CreatedAt = now;
        S.LastActivityAt = now;
        S.EncounterId = encounterId;
        AuditTrail.Append(S.Audit, now, user, "session_started", encounterId is null ? "new session" : "new session of an encounter");
        await Emit(new SessionInitialized { EncounterId = encounterId, CarriedContext = encounterId is null ? null : [] }, null);
        await Persist();
        return new SessionAccess(SessionAccessStatus.Granted, S.LastSeq);
    }

    public Task<SessionAccess> Resume(string user)
    {
        var access = Check(user);
        return Task.FromResult(access == SessionAccessStatus.Granted || access == SessionAccessStatus.Ended
            ? new SessionAccess(access, S.LastSeq)
            : SessionAccess.Denied(access));
    }

    public async Task<InputOutcome> Submit(string user, ClinicalInput input)
    {
        var access = Check(user);
        if (access != SessionAccessStatus.Granted)
        {
            return new InputOutcome(access == SessionAccessStatus.Ended ? InputStatus.SessionEnded : InputStatus.NotOwner, 0, S.LastSeq);
        }

        if (input.IdFromClient && _processedIds!.Contains(input.Id))
        {
            return new InputOutcome(InputStatus.Duplicate, 0, S.LastSeq);
        }

        var firstSeq = S.LastSeq + 1;
        // The table shares the persisted dictionaries: numbers given now are saved with this input.
        var table = new PseudonymTable { Numbers = S.Pseudonyms.Numbers, Counters = S.Pseudonyms.Counters };
        var pseudonyms = new HmacPseudonymSource(_pseudonymKey ??= privacyOptions.Value.KeyBytes(), SessionId, table);
        var request = new PipelineRequest(input.Text, pseudonyms, S.RedactedInputs, PriorEntities(), S.LastDifferential);
        var outcome = await pipeline.RunAsync(request, e => Emit(e, input.Id));

        Remember(input.Id);
        Record(outcome, user, input.Id, firstSeq);
        await Persist();
        return new InputOutcome(InputStatus.Processed, firstSeq, S.LastSeq);
    }

    public Task<ReplayResult> Replay(string user, long afterSeq)
    {
        var access = Check(user);
        if (access is not (SessionAccessStatus.Granted or SessionAccessStatus.Ended))
        {
            return Task.FromResult(new ReplayResult(false, [], 0, 0));
        }

        var frames = S.Frames.Where(f => f.Seq > afterSeq).ToArray();
        var oldest = S.Frames.Count == 0 ? S.LastSeq + 1 : S.Frames[0].Seq;
        return Task.FromResult(new ReplayResult(true, frames, S.LastSeq, oldest));
    }

    public async Task<long> Ping(string user, string? inReplyTo)
    {
        if (Check(user) != SessionAccessStatus.Granted)
        {
            return 0;
        }

        await Emit(new PongSent(), inReplyTo);
        await Persist();
        return S.LastSeq;
    }

    public async Task<long> ReportError(string user, string code, string message, string? inReplyTo)
    {
        if (Check(user) is not (SessionAccessStatus.Granted or SessionAccessStatus.Ended))
        {
            return 0;
        }

        await Emit(new ErrorReported { Code = code, Message = message }, inReplyTo);
        AuditTrail.Append(S.Audit, time.GetUtcNow(), user, "client_error", code);
        await Persist();
        return S.LastSeq;
    }

    public async Task<long> End(string user, string? inReplyTo)
    {
        var access = Check(user);
        if (access == SessionAccessStatus.Ended)
        {
            return S.LastSeq;
        }

        if (access != SessionAccessStatus.Granted)
        {
            return 0;
        }

        S.Ended = true;
        await Emit(new SessionEnded(), inReplyTo);
        AuditTrail.Append(S.Audit, time.GetUtcNow(), user, "session_ended", $"{S.InputCount} inputs");
        await Persist();
        return S.LastSeq;
    }

    public Task<SessionSummary> GetSummary(string user)
    {
        if (Check(user) is not (SessionAccessStatus.Granted or SessionAccessStatus.Ended))
        {
            throw new UnauthorizedAccessException("The session does not belong to this user.");
        }

        var findings = S.Findings.Select(f => new CarriedFinding(f.Concept, f.Category, f.Assertion)).ToArray();
        return Task.FromResult(new SessionSummary(SessionId, S.Ended ? "ended" : "active", S.CreatedAt, S.LastActivityAt,
            S.InputCount, S.EmergencyCount, S.LastSeq, S.LastSynthesis, findings, S.EncounterId));
    }

    public Task<IReadOnlyList<AuditRecord>> GetAudit(string user, bool asAuditor)
    {
        if (!S.Exists || (!asAuditor && S.Owner != user))
        {
            throw new UnauthorizedAccessException("The audit trail of this session is not available to this user.");
        }

        return Task.FromResult<IReadOnlyList<AuditRecord>>(S.Audit.ToArray());
    }

    private SessionAccessStatus Check(string user) =>
        !S.Exists ? SessionAccessStatus.NotFound
        : !string.Equals(S.Owner, user, StringComparison.Ordinal) ? SessionAccessStatus.NotOwner
        : S.Ended ? SessionAccessStatus.Ended
        : SessionAccessStatus.Granted;

    private async Task Emit(SessionEvent frame, string? inReplyTo)
    {
        var now = time.GetUtcNow();
        var sequenced = frame with { SessionId = SessionId, Seq = S.LastSeq + 1, InReplyTo = inReplyTo, Timestamp = now };
        S.LastSeq = sequenced.Seq;
        S.LastActivityAt = now;
        S.Frames.Add(sequenced);
        var excess = S.Frames.Count - sessionOptions.Value.MaxLoggedFrames;
        if (excess > 0)
        {
            S.Frames.RemoveRange(0, excess);
        }

        _dirty = true;
        ClinicalMetrics.Frames.Add(1, new KeyValuePair<string, object?>("type", sequenced.Type));
        await _stream!.OnNextAsync(sequenced);
    }

    private async Task Persist()
    {
        try
        {
            await state.WriteStateAsync();
            _dirty = false;
        }
        catch (Exception exception)
        {
            // The frames already went out and stay in memory; the next write carries them.
            logger.LogWarning("Writing session state failed with {ExceptionType}; will retry on the next write", exception.GetType().Name);
        }
    }

    private void Remember(string inputId)
    {
        if (!_processedIds!.Add(inputId))
        {
            return;
        }

        S.ProcessedInputIds.Add(inputId);
        var excess = S.ProcessedInputIds.Count - sessionOptions.Value.MaxRememberedInputIds;
        if (excess > 0)
        {
            foreach (var old in S.ProcessedInputIds.Take(excess))
            {
                _processedIds.Remove(old);
            }

            S.ProcessedInputIds.RemoveRange(0, excess);
        }
    }

    private void Record(PipelineOutcome outcome, string user, string inputId, long firstSeq)
    {
        var now = time.GetUtcNow();
        if (outcome.Rejected)
        {
            AuditTrail.Append(S.Audit, now, user, "input_rejected", $"input {inputId}; frames {firstSeq}-{S.LastSeq}");
            return;
        }

        S.InputCount++;
        ClinicalMetrics.Inputs.Add(1);
        if (outcome.RedactedText is { } redacted)
        {
            S.RedactedInputs.Add(redacted);
            var excess = S.RedactedInputs.Count - sessionOptions.Value.MaxContextInputs;
            if (excess > 0)
            {
                S.RedactedInputs.RemoveRange(0, excess);
            }
        }

        if (outcome.EmergencyCategory is { } category)
        {
            S.EmergencyCount++;
            ClinicalMetrics.Emergencies.Add(1, new KeyValuePair<string, object?>("category", category));
        }

        foreach (var entity in outcome.Entities?.Entities ?? [])
        {
            if (entity.Category == EntityCategory.Vital)
            {
                continue;
            }

            var finding = new ContextFinding(entity.Concept, entity.Category.ToString().ToLowerInvariant(), entity.Assertion.ToWire(),
                entity.Code is null ? null : new CodeRef(entity.Code.System, entity.Code.Code));
            var index = S.Findings.FindIndex(f => f.Concept == finding.Concept && f.Category == finding.Category);
            if (index >= 0)
            {
                S.Findings[index] = finding;
            }
            else
            {
                S.Findings.Add(finding);
            }
        }

        if (outcome.Differential is { } differential)
        {
            S.LastDifferential = [.. differential];
        }

        S.LastSynthesis = outcome.Synthesis ?? S.LastSynthesis;
        var detail = $"input {inputId}; sha256 {AuditTrail.Digest(outcome.RedactedText ?? "")}; frames {firstSeq}-{S.LastSeq}"
            + (outcome.PhiTypes.Count > 0 ? $"; phi {string.Join(",", outcome.PhiTypes)}" : "")
            + (outcome.EmergencyCategory is null ? "" : $"; emergency {outcome.EmergencyCategory}")
            + (outcome.FailedStages.Count > 0 ? $"; failed {string.Join(",", outcome.FailedStages)}" : "");
        AuditTrail.Append(S.Audit, now, user, "input_analysed", detail);
    }

    private IReadOnlyList<ClinicalEntity> PriorEntities() => S.Findings
        .Select(f => new ClinicalEntity(Enum.Parse<EntityCategory>(f.Category, ignoreCase: true), f.Concept, 0, 0, f.Concept,
            f.Code is null ? null : new ClinicalCode(f.Code.System, f.Code.Code), AssertionNames.Parse(f.Assertion), 1.0))
        .ToArray();
}
