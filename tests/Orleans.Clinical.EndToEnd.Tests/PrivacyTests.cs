using System.Text;
using Orleans.Clinical.Testing;

namespace Orleans.Clinical.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class PrivacyTests(SystemFixture fixture)
{
    private static readonly string[] Canaries =
    [
        "Quaxworth", "Zebulon", "987-65-4320", "415-555-0142", "zq.canary@example.org", "44817263", "03/14/1961",
    ];

    [Fact]
    public async Task Planted_identifiers_never_reach_storage_logs_or_frames_other_than_the_redaction_offsets()
    {
        var system = fixture.System;
        await using var socket = await ClinicalSocket.ConnectAsync(system.SocketUri, await system.TokenFor("dr-privacy"));
        await socket.ReceiveAsync();

        await socket.SendInputAsync(
            "Patient Zebulon Quaxworth, DOB 03/14/1961, MRN: 44817263, SSN 987-65-4320, phone 415-555-0142, "
            + "email zq.canary@example.org. Reports 2 days of cough and fever with chills; denies chest pain.", "m-1");
        var frames = await socket.ReceiveUntilTypeAsync("clinical_synthesis");
        await socket.SendJsonAsync(new { type = "end_session" });
        await socket.ReceiveCloseAsync();

        var phi = frames.Single(f => f.GetProperty("type").GetString() == "phi_warning");
        Assert.Equal("phi_protected", phi.GetProperty("compliance_status").GetString());
        var wire = string.Join('\n', frames.Select(f => f.GetRawText()));
        var stored = StoredText(system.Azurite.Location);
        var logs = system.AllLogs();
        foreach (var canary in Canaries)
        {
            Assert.DoesNotContain(canary, wire, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("[NAME-1]", stored);
    }

    /// <summary>Everything Azurite persisted, read as UTF-8 and as UTF-16 so no encoding hides a value.</summary>
    private static string StoredText(string location)
    {
        var builder = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(location, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var memory = new MemoryStream())
            {
                stream.CopyTo(memory);
                bytes = memory.ToArray();
            }

            builder.Append(Encoding.UTF8.GetString(bytes)).Append('\n').Append(Encoding.Unicode.GetString(bytes)).Append('\n');
        }

        return builder.ToString();
    }
}
