using Microsoft.Extensions.Options;
using Orleans.Clinical.Gateway.Auth;
using Orleans.Clinical.Gateway.Bridge;
using Orleans.Clinical.Gateway.Hosting;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Gateway.Api;

/// <summary>The HTTP endpoints of PROTOCOL.md that need no session socket. Errors are RFC 9457 problem details.</summary>
public static class ClinicalApi
{
    public sealed record TextRequest(string? Text);

    public static WebApplication MapClinicalApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/deidentify", Deidentify).RequireAuthorization(AuthSetup.ClinicianPolicy);
        api.MapPost("/analyze", Analyze).RequireAuthorization(AuthSetup.ClinicianPolicy);
        api.MapGet("/sessions/{id}", Summary).RequireAuthorization(AuthSetup.ClinicianPolicy);
        api.MapGet("/sessions/{id}/audit", Audit).RequireAuthorization(AuthSetup.AuditPolicy);
        return app;
    }

    private static async Task<IResult> Deidentify(TextRequest request, IClusterClient client, IOptions<LimitsOptions> limits)
    {
        if (Invalid(request, limits.Value) is { } problem)
        {
            return problem;
        }

        var result = await client.GetGrain<IAnalysisGrain>(0).Deidentify(request.Text!);
        return Results.Ok(new { redacted_text = result.RedactedText, redactions = result.Redactions, phi_types = result.PhiTypes });
    }

    private static async Task<IResult> Analyze(TextRequest request, IClusterClient client, IOptions<LimitsOptions> limits)
    {
        if (Invalid(request, limits.Value) is { } problem)
        {
            return problem;
        }

        var frames = await client.GetGrain<IAnalysisGrain>(0).Analyze(request.Text!);
        return Results.Json(frames, FrameJson.Options);
    }

    private static async Task<IResult> Summary(string id, HttpContext context, IClusterClient client)
    {
        if (!SessionIds.IsWellFormed(id))
        {
            return Results.Problem("Malformed session id.", statusCode: 400, title: "Invalid session id");
        }

        try
        {
            var summary = await client.GetGrain<ISessionGrain>(id).GetSummary(AuthSetup.UserOf(context.User));
            return Results.Json(summary, FrameJson.Options);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbidden();
        }
    }

    private static async Task<IResult> Audit(string id, HttpContext context, IClusterClient client)
    {
        if (!SessionIds.IsWellFormed(id))
        {
            return Results.Problem("Malformed session id.", statusCode: 400, title: "Invalid session id");
        }

        try
        {
            var auditor = context.User.IsInRole(ClinicalRoles.Auditor);
            var records = await client.GetGrain<ISessionGrain>(id).GetAudit(AuthSetup.UserOf(context.User), auditor);
            return Results.Json(new { session_id = id, chain_valid = AuditTrail.Verify(records), records }, FrameJson.Options);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbidden();
        }
    }

    private static IResult? Invalid(TextRequest request, LimitsOptions limits) =>
        string.IsNullOrWhiteSpace(request.Text) ? Results.Problem("'text' must be a non-empty string.", statusCode: 400, title: "Invalid request")
        : request.Text.Length > limits.MaxInputChars ? Results.Problem($"'text' is longer than {limits.MaxInputChars} characters.", statusCode: 413, title: "Text too long")
        : null;

    private static IResult Forbidden() =>
        Results.Problem("The session is not available to this user.", statusCode: 403, title: "Forbidden");
}
