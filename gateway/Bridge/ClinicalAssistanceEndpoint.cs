using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Clinical.Gateway.Auth;
using Orleans.Clinical.Gateway.Hosting;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Gateway.Bridge;

public static class ClinicalAssistanceEndpoint
{
    public static WebApplicationBuilder AddClinicalAssistance(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LimitsOptions>(builder.Configuration.GetSection(LimitsOptions.Section));
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddProblemDetails();

        // The protocol's default address; --urls, ASPNETCORE_URLS or URLS override it.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        return builder;
    }

    /// <summary>GET /clinical-assistance: the WebSocket of PROTOCOL.md.</summary>
    public static WebApplication MapClinicalAssistance(this WebApplication app)
    {
        app.Map("/clinical-assistance", Accept).RequireAuthorization(AuthSetup.ClinicianPolicy);
        return app;
    }

    private static async Task Accept(HttpContext context, IClusterClient client, IOptions<LimitsOptions> limits, ILoggerFactory loggers,
        IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem("This endpoint accepts WebSocket connections only.", statusCode: 400, title: "WebSocket required")
                .ExecuteAsync(context);
            return;
        }

        var query = context.Request.Query;
        var resumeId = query["session_id"].ToString();
        var encounterId = query["encounter_id"].ToString();
        long lastSeq = 0;
        if (query.TryGetValue("last_seq", out var lastSeqText)
            && (!long.TryParse(lastSeqText, NumberStyles.None, CultureInfo.InvariantCulture, out lastSeq) || lastSeq < 0))
        {
            await Results.Problem("last_seq must be a non-negative integer.", statusCode: 400, title: "Invalid last_seq").ExecuteAsync(context);
            return;
        }

        if ((resumeId.Length > 0 && !SessionIds.IsWellFormed(resumeId)) || (encounterId.Length > 0 && !SessionIds.IsValidEncounterId(encounterId)))
        {
            await Results.Problem("session_id or encounter_id is malformed.", statusCode: 400, title: "Invalid identifier").ExecuteAsync(context);
            return;
        }

        var user = AuthSetup.UserOf(context.User);
        var logger = loggers.CreateLogger("Orleans.Clinical.Gateway.SessionConnection");
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var sessionId = resumeId.Length > 0 ? resumeId : SessionIds.NewSessionId();
        await using var connection = new SessionConnection(socket, client, user, sessionId, limits.Value, logger);
        // On shutdown, tell clients to reconnect (to another gateway) at once instead of timing out.
        await using var stopping = lifetime.ApplicationStopping.Register(
            () => connection.RequestClose(WebSocketCloseStatus.EndpointUnavailable, "gateway shutting down; reconnect with last_seq"));
        var grain = client.GetGrain<ISessionGrain>(sessionId);
        try
        {
            await connection.SubscribeAsync();
            SessionAccess access;
            if (resumeId.Length > 0)
            {
                access = await grain.Resume(user);
                if (access.Status is SessionAccessStatus.NotFound or SessionAccessStatus.NotOwner)
                {
                    // Unknown and foreign sessions look the same: ids are not confirmed to other users.
                    await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "session not available to this user");
                    return;
                }
            }
            else
            {
                access = await grain.Start(user, encounterId.Length > 0 ? encounterId : null);
                if (!access.Granted)
                {
                    await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "session could not be created");
                    return;
                }

                lastSeq = 0;
            }

            if (access.Status == SessionAccessStatus.Ended)
            {
                connection.RequestClose(WebSocketCloseStatus.NormalClosure, "session ended");
            }

            await connection.RunAsync(Math.Min(lastSeq, access.LastSeq), context.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Session connection failed with {ExceptionType}", exception.GetType().Name);
            await CloseAsync(socket, WebSocketCloseStatus.InternalServerError, "server fault; reconnect with last_seq");
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(status, reason, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }
    }
}

public static class SessionIds
{
    /// <summary>"s-" and 32 hex digits: 128 bits from the system's cryptographic random generator.</summary>
    public static string NewSessionId() => "s-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string id) =>
        id.Length == 34 && id.StartsWith("s-", StringComparison.Ordinal) && id.AsSpan(2).ContainsAnyExcept("0123456789abcdef") is false;

    public static bool IsValidEncounterId(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
