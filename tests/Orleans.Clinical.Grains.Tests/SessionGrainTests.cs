using System.Security.Cryptography;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SessionGrainTests(ClusterFixture fixture)
{
    private const string Routine =
        "45 year old woman with 3 days of cough, fever and sore throat, mild headache. Takes lisinopril 10 mg daily.";

    private static string NewSessionId() => "s-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    [Fact]
    public async Task Frames_of_an_input_arrive_on_the_session_stream_in_protocol_order_with_contiguous_seq()
    {
        var id = NewSessionId();
        await using var frames = await FrameCollector.Subscribe(fixture.Client, id);
        var grain = fixture.Client.GetGrain<ISessionGrain>(id);

        Assert.True((await grain.Start("dr-a")).Granted);
        var outcome = await grain.Submit("dr-a", new ClinicalInput("m-1", Routine));
        await frames.WaitFor(f => f is SynthesisCompleted);

        Assert.Equal(InputStatus.Processed, outcome.Status);
        var received = frames.Frames;
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(f => f.Seq));
        Assert.IsType<SessionInitialized>(received[0]);
        Assert.IsType<SynthesisCompleted>(received[^1]);
        Assert.All(received, f => Assert.Equal(id, f.SessionId));
        Assert.All(received.Skip(1), f => Assert.Equal("m-1", f.InReplyTo));
        var types = received.Select(f => f is ClinicalUpdate u ? u.Stage : f.Type).ToArray();
        Assert.True(Array.IndexOf(types, "entity_extraction") < Array.IndexOf(types, "clinical_synthesis"));
        Assert.Equal(outcome.LastSeq, received[^1].Seq);
    }

    [Fact]
    public async Task An_emergency_input_publishes_an_alert_and_stops_by_default()
    {
        var id = NewSessionId();
        await using var frames = await FrameCollector.Subscribe(fixture.Client, id);
        var grain = fixture.Client.GetGrain<ISessionGrain>(id);
        await grain.Start("dr-a");

        var outcome = await grain.Submit("dr-a", new ClinicalInput("m-1", "58M crushing chest pain for 30 min, diaphoretic, BP 84/50, HR 128"));
        var alert = (EmergencyDetected)await frames.WaitFor(f => f is EmergencyDetected);

        Assert.Equal("cardiac", alert.EmergencyType);
        Assert.NotEmpty(alert.Findings);
        Assert.Equal(outcome.LastSeq, alert.Seq);
    }

    [Fact]
    public async Task State_survives_deactivation_with_the_same_frames_and_seq()
    {
        var id = NewSessionId();
        var grain = fixture.Client.GetGrain<ISessionGrain>(id);
        await grain.Start("dr-b");
        await grain.Submit("dr-b", new ClinicalInput("m-1", Routine));
        var before = await grain.Replay("dr-b", 0);

        await fixture.Cluster.DeactivateAsync(grain);
        var after = await grain.Replay("dr-b", 0);
        var summary = await grain.GetSummary("dr-b");

        Assert.True(after.Granted);
        Assert.Equal(before.LastSeq, after.LastSeq);
        Assert.Equal(before.Frames.Select(f => (f.Seq, f.Type, f.Timestamp)), after.Frames.Select(f => (f.Seq, f.Type, f.Timestamp)));
        Assert.Equal(1, summary.InputCount);
        var next = await grain.Submit("dr-b", new ClinicalInput("m-2", "Now also short of breath."));
        Assert.Equal(before.LastSeq + 1, next.FirstSeq);
    }

    [Fact]
    public async Task Two_sessions_are_isolated()
    {
        string a = NewSessionId(), b = NewSessionId();
        await using var framesA = await FrameCollector.Subscribe(fixture.Client, a);
        await using var framesB = await FrameCollector.Subscribe(fixture.Client, b);
        var grainA = fixture.Client.GetGrain<ISessionGrain>(a);
        var grainB = fixture.Client.GetGrain<ISessionGrain>(b);
        await grainA.Start("dr-a");
        await grainB.Start("dr-b");

        await grainA.Submit("dr-a", new ClinicalInput("m-1", Routine));
        await framesA.WaitFor(f => f is SynthesisCompleted);
        await grainB.Submit("dr-b", new ClinicalInput("m-1", "Knee pain after a fall, able to walk."));
        await framesB.WaitFor(f => f is SynthesisCompleted);

        Assert.All(framesA.Frames, f => Assert.Equal(a, f.SessionId));
        Assert.All(framesB.Frames, f => Assert.Equal(b, f.SessionId));
        Assert.Equal(SessionAccessStatus.NotOwner, (await grainA.Resume("dr-b")).Status);
        Assert.False((await grainA.Replay("dr-b", 0)).Granted);
        Assert.Equal(InputStatus.NotOwner, (await grainA.Submit("dr-b", new ClinicalInput("x", "test"))).Status);
    }

    [Fact]
    public async Task A_resent_input_id_is_not_analysed_twice()
    {
        var id = NewSessionId();
        var grain = fixture.Client.GetGrain<ISessionGrain>(id);
        await grain.Start("dr-c");

        var first = await grain.Submit("dr-c", new ClinicalInput("m-1", Routine));
        var again = await grain.Submit("dr-c", new ClinicalInput("m-1", Routine));

        Assert.Equal(InputStatus.Processed, first.Status);
        Assert.Equal(InputStatus.Duplicate, again.Status);
        Assert.Equal(first.LastSeq, again.LastSeq);
        Assert.Equal(1, (await grain.GetSummary("dr-c")).InputCount);
    }

    [Fact]
    public async Task The_audit_trail_is_hash_chained_and_holds_no_raw_identifiers()
    {
        var id = NewSessionId();
        var grain = fixture.Client.GetGrain<ISessionGrain>(id);
        await grain.Start("dr-d");
        await grain.Submit("dr-d", new ClinicalInput("m-1", "Pt called from 555-867-5309, SSN 123-45-6789, reports cough and fever."));
        await grain.End("dr-d", null);

        var audit = await grain.GetAudit("dr-d", asAuditor: false);

        Assert.True(AuditTrail.Verify(audit));
        Assert.Equal(["session_started", "input_analysed", "session_ended"], audit.Select(a => a.Action));
        Assert.DoesNotContain(audit, a => a.Detail.Contains("867-5309") || a.Detail.Contains("123-45-6789"));
        var tampered = audit.Select((a, i) => i == 1 ? a with { Detail = a.Detail + " edited" } : a).ToArray();
        Assert.False(AuditTrail.Verify(tampered));
    }
}
