using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Orleans.Clinical.Testing;

namespace Orleans.Clinical.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class HttpApiTests(SystemFixture fixture)
{
    private ClinicalSystem System => fixture.System;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await System.Http.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task Deidentify_returns_redacted_text_offsets_and_types()
    {
        const string text = "Seen by Dr. Okafor on 03/14/2025, call 415-555-0199.";
        using var response = await Send(HttpMethod.Post, "api/deidentify", await System.TokenFor("dr-api"), new { text });

        var body = await Json(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("415-555-0199", body.GetProperty("redacted_text").GetString());
        Assert.Contains("PHONE", body.GetProperty("phi_types").EnumerateArray().Select(t => t.GetString()));
        var phone = body.GetProperty("redactions").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "PHONE");
        Assert.Equal("415-555-0199", text[phone.GetProperty("start").GetInt32()..phone.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Analyze_returns_the_frames_of_one_input_without_a_session()
    {
        using var response = await Send(HttpMethod.Post, "api/analyze", await System.TokenFor("dr-api"),
            new { text = "Cough and fever for three days, no chest pain." });

        var frames = (await Json(response)).EnumerateArray().ToArray();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("clinical_synthesis", frames[^1].GetProperty("type").GetString());
        Assert.Equal(Enumerable.Range(1, frames.Length).Select(i => (long)i), frames.Select(f => f.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task The_api_needs_a_token_and_valid_text()
    {
        using var anonymous = await Send(HttpMethod.Post, "api/deidentify", null, new { text = "x" });
        using var empty = await Send(HttpMethod.Post, "api/deidentify", await System.TokenFor("dr-api"), new { text = "" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Session_summary_and_audit_belong_to_the_owner_and_auditors()
    {
        var owner = await System.TokenFor("dr-owner-api");
        string sessionId;
        await using (var socket = await ClinicalSocket.ConnectAsync(System.SocketUri, owner))
        {
            await socket.SendInputAsync("Sore throat and cough for two days.", "m-1");
            await socket.ReceiveUntilTypeAsync("clinical_synthesis");
            sessionId = socket.SessionId!;
        }

        using var summary = await Send(HttpMethod.Get, $"api/sessions/{sessionId}", owner);
        using var audit = await Send(HttpMethod.Get, $"api/sessions/{sessionId}/audit", owner);
        using var byAuditor = await Send(HttpMethod.Get, $"api/sessions/{sessionId}/audit", await System.TokenFor("auditor-1", "auditor"));
        var other = await System.TokenFor("dr-other-api");
        using var otherSummary = await Send(HttpMethod.Get, $"api/sessions/{sessionId}", other);
        using var otherAudit = await Send(HttpMethod.Get, $"api/sessions/{sessionId}/audit", other);

        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(1, (await Json(summary)).GetProperty("input_count").GetInt32());
        var trail = await Json(audit);
        Assert.True(trail.GetProperty("chain_valid").GetBoolean());
        Assert.Equal("session_started", trail.GetProperty("records")[0].GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.OK, byAuditor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSummary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAudit.StatusCode);
    }
}
