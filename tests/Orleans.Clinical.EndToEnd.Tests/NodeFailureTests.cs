using Orleans.Clinical.Testing;

namespace Orleans.Clinical.EndToEnd.Tests;

public sealed class NodeFailureTests(RestartableSystemFixture fixture) : IClassFixture<RestartableSystemFixture>
{
    private ClinicalSystem System => fixture.System;

    [Fact]
    public async Task A_session_survives_a_silo_crash_and_resumes_without_gaps_or_duplicates()
    {
        var token = await System.TokenFor("dr-crash");
        string sessionId;
        List<string> before;
        await using (var socket = await ClinicalSocket.ConnectAsync(System.SocketUri, token))
        {
            await socket.SendInputAsync("Two days of cough and fever 38.6 C with chills, no chest pain.", "m-1");
            before = (await socket.ReceiveUntilTypeAsync("clinical_synthesis")).Select(f => f.GetRawText()).ToList();
            sessionId = socket.SessionId!;
        }

        await System.KillSiloAsync();
        await System.StartSiloAsync();
        await System.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        await using var all = await ClinicalSocket.ConnectAsync(System.SocketUri, token, $"session_id={sessionId}&last_seq=0");
        var replayed = await all.ReceiveUntilTypeAsync("clinical_synthesis");
        await all.SendInputAsync("Now short of breath on exertion.", "m-2");
        var next = await all.ReceiveUntilTypeAsync("clinical_synthesis");

        Assert.Equal(before, replayed.Select(f => f.GetRawText()));
        Assert.Equal("session_initialized", ClinicalSocket.TypeOf(replayed[0]));
        Assert.Equal(replayed[^1].GetProperty("seq").GetInt64() + 1, next[0].GetProperty("seq").GetInt64());
        Assert.Equal(Enumerable.Range(1, replayed.Count + next.Count).Select(i => (long)i),
            replayed.Concat(next).Select(f => f.GetProperty("seq").GetInt64()));
    }
}
