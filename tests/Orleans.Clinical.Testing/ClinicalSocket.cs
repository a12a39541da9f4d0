using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Orleans.Clinical.Testing;

/// <summary>A real WebSocket client of /clinical-assistance, as a clinician's application would use it.</summary>
public sealed class ClinicalSocket : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket;

    private ClinicalSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? SessionId { get; private set; }

    public long LastSeq { get; private set; }

    public static async Task<ClinicalSocket> ConnectAsync(Uri endpoint, string? token, string? query = null, bool tokenInQuery = false)
    {
        var socket = new ClientWebSocket();
        var uri = endpoint.ToString();
        var parameters = new List<string>();
        if (!string.IsNullOrEmpty(query))
        {
            parameters.Add(query);
        }

        if (token is not null && tokenInQuery)
        {
            parameters.Add("access_token=" + Uri.EscapeDataString(token));
        }
        else if (token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        }

        if (parameters.Count > 0)
        {
            uri += "?" + string.Join('&', parameters);
        }

        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(new Uri(uri), timeout.Token);
        return new ClinicalSocket(socket);
    }

    /// <summary>The HTTP status of a refused handshake (for example 401), from the exception's socket.</summary>
    public static async Task<int> HandshakeStatusAsync(Uri endpoint, string? token, string? origin = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        }

        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        try
        {
            using var timeout = new CancellationTokenSource(DefaultTimeout);
            await socket.ConnectAsync(endpoint, timeout.Token);
            return 101;
        }
        catch (WebSocketException)
        {
            return (int)socket.HttpStatusCode;
        }
    }

    public Task SendJsonAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendInputAsync(string text, string? id = null) =>
        SendJsonAsync(id is null ? new { type = "clinical_input", text } : new { type = "clinical_input", id, text });

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(bytes, type, true, timeout.Token);
    }

    /// <summary>The next frame, or null when the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    try
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }
                    catch (WebSocketException)
                    {
                        // The server may drop the TCP connection right after its close frame (as for invalid UTF-8).
                    }
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        if (frame.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number)
        {
            LastSeq = seq.GetInt64();
        }

        if (frame.TryGetProperty("session_id", out var session))
        {
            SessionId = session.GetString();
        }

        return frame;
    }

    /// <summary>Frames up to and including the first that matches, failing if the socket closes first.</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(Func<JsonElement, bool> last, TimeSpan? timeout = null)
    {
        var frames = new List<JsonElement>();
        while (true)
        {
            var frame = await ReceiveAsync(timeout)
                ?? throw new InvalidOperationException($"Socket closed ({_socket.CloseStatus}) after: " + string.Join(", ", frames.Select(TypeOf)));
            frames.Add(frame);
            if (last(frame))
            {
                return frames;
            }
        }
    }

    public Task<List<JsonElement>> ReceiveUntilTypeAsync(string type) => ReceiveUntilAsync(f => TypeOf(f) == type);

    /// <summary>Reads until the server closes the socket; returns the close status.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return _socket.CloseStatus;
    }

    /// <summary>Drops the connection without a close handshake: a network failure.</summary>
    public void Abort() => _socket.Abort();

    /// <summary>The frame's type, with its stage for clinical_update and processing_update frames.</summary>
    public static string TypeOf(JsonElement frame)
    {
        var type = frame.GetProperty("type").GetString()!;
        return type is "clinical_update" or "processing_update" ? type + ":" + frame.GetProperty("stage").GetString() : type;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
