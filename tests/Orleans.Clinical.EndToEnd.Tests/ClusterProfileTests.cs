using System.Net.WebSockets;
using System.Text.Json;
using Orleans.Clinical.Testing;

namespace Orleans.Clinical.EndToEnd.Tests;

/// <summary>Two silo processes and a gateway in the Cluster profile (Azure Table membership), as in production.</summary>
public sealed class ClusterProfileFixture : IAsyncLifetime
{
    public ClinicalSystem System { get; private set; } = null!;

    public async Task InitializeAsync() => System = await ClinicalSystem.StartAsync(silos: 2, cluster: true);

    public async Task DisposeAsync() => await System.DisposeAsync();
}

public sealed class ClusterProfileTests(ClusterProfileFixture fixture) : IClassFixture<ClusterProfileFixture>
{
    private ClinicalSystem System => fixture.System;

    [Fact]
    public async Task Sessions_spread_over_two_silos_survive_the_crash_of_one()
    {
        var token = await System.TokenFor("dr-cluster");
        var sessions = new List<(string Id, List<string> Frames)>();
        for (var i = 0; i < 4; i++)
        {
            await using var socket = await ClinicalSocket.ConnectAsync(System.SocketUri, token);
            await socket.SendInputAsync($"Cough and fever for {i + 2} days, no chest pain.", "m-1");
            var frames = await socket.ReceiveUntilTypeAsync("clinical_synthesis");
            sessions.Add((socket.SessionId!, frames.Select(f => f.GetRawText()).ToList()));
        }

        await System.Silos[0].KillAsync();

        foreach (var (id, before) in sessions)
        {
            var (replayed, next) = await ResumeAndContinue(token, id, TimeSpan.FromSeconds(120));
            Assert.Equal(before, replayed.Select(f => f.GetRawText()));
            Assert.Equal(replayed[^1].GetProperty("seq").GetInt64() + 1, next[0].GetProperty("seq").GetInt64());
        }
    }

    /// <summary>
    /// Until membership declares the crashed silo dead, calls to its grains fail and the gateway closes the socket
    /// with 1011; the client reconnects with its last seq, as a real client does.
    /// </summary>
    private async Task<(List<JsonElement> Replayed, List<JsonElement> Next)> ResumeAndContinue(string token, string id, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                await using var socket = await ClinicalSocket.ConnectAsync(System.SocketUri, token, $"session_id={id}&last_seq=0");
                var replayed = await socket.ReceiveUntilTypeAsync("clinical_synthesis");
                await socket.SendInputAsync("Now also short of breath.", "m-2");
                var next = await socket.ReceiveUntilTypeAsync("clinical_synthesis");
                return (replayed, next);
            }
            catch (Exception exception) when (DateTime.UtcNow < until && exception is InvalidOperationException or WebSocketException or OperationCanceledException)
            {
                await Pause.Briefly();
            }
        }
    }
}
