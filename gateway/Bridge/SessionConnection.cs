using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using Orleans.Clinical.Gateway.Hosting;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Runtime;
using Orleans.Streams;

namespace Orleans.Clinical.Gateway.Bridge;

/// <summary>
/// Bridges one WebSocket to one session grain and its stream. The socket receives frames in seq order with
/// no duplicates and no gaps: frames from the stream are delivered through a bounded queue, anything at or
/// below the last seq sent is dropped, and a jump in seq is filled from the grain's durable log.
/// Only the send loop writes to the socket (frames and closes); the receive loop only reads.
/// </summary>
internal sealed class SessionConnection(
    WebSocket socket,
    IClusterClient client,
    string user,
    string sessionId,
    LimitsOptions limits,
    ILogger logger) : IAsyncDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ISessionGrain _grain = client.GetGrain<ISessionGrain>(sessionId);
    private readonly Channel<SessionEvent> _outbox = Channel.CreateBounded<SessionEvent>(
        new BoundedChannelOptions(limits.SendQueueFrames) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly TaskCompletionSource<(WebSocketCloseStatus Status, string Reason)> _close = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TokenBucketRateLimiter _rate = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, limits.InputBurst),
        TokensPerPeriod = Math.Max(1, limits.InputsPerMinute),
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    private StreamSubscriptionHandle<SessionEvent>? _subscription;
    private long _lastSent;
    private bool _ending;

    public string SessionId => sessionId;

    /// <summary>Subscribes to the session's stream; must happen before the session produces frames to observe.</summary>
    public async Task SubscribeAsync()
    {
        var stream = client.GetStreamProvider(ClinicalNames.StreamProvider)
            .GetStream<SessionEvent>(StreamId.Create(ClinicalNames.SessionStreamNamespace, sessionId));
        _subscription = await stream.SubscribeAsync((frame, _) =>
        {
            if (!_outbox.Writer.TryWrite(frame))
            {
                // This client cannot keep up. Drop it rather than hold up the stream; it resumes from its last seq.
                RequestClose((WebSocketCloseStatus)1013, "send queue full; reconnect with last_seq");
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Runs the connection until either side closes. <paramref name="lastSeq"/> is what the client already has.</summary>
    public async Task RunAsync(long lastSeq, CancellationToken aborted)
    {
        _lastSent = lastSeq;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var sending = SendLoop(stop.Token);
        var receiving = ReceiveLoop(stop.Token);
        if (await Task.WhenAny(sending, receiving) == receiving && _ending)
        {
            // end_session: let session_ended reach the client; its delivery closes the socket with 1000.
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(10), aborted));
        }

        RequestClose(WebSocketCloseStatus.NormalClosure, "");
        await sending;
        await stop.CancelAsync();
        await receiving;
    }

    public void RequestClose(WebSocketCloseStatus status, string reason) => _close.TrySetResult((status, reason));

    private async Task SendLoop(CancellationToken cancellation)
    {
        try
        {
            // Catch up from the log first: frames published before the subscription took effect.
            await FillFrom(_lastSent, long.MaxValue, cancellation);
            while (!_close.Task.IsCompleted)
            {
                var ready = _outbox.Reader.WaitToReadAsync(cancellation).AsTask();
                await Task.WhenAny(ready, _close.Task);
                while (!_close.Task.IsCompleted && _outbox.Reader.TryRead(out var frame))
                {
                    await Deliver(frame, cancellation);
                }
            }

            var (status, reason) = await _close.Task;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(status, reason, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer went away; the session and its log are unaffected.
        }
        catch (Exception exception)
        {
            logger.LogWarning("Send loop of a session connection failed with {ExceptionType}", exception.GetType().Name);
            await TryClose(WebSocketCloseStatus.InternalServerError, "server fault");
        }
    }

    private async Task Deliver(SessionEvent frame, CancellationToken cancellation)
    {
        if (frame.Seq <= _lastSent)
        {
            return;
        }

        if (frame.Seq > _lastSent + 1)
        {
            await FillFrom(_lastSent, frame.Seq, cancellation);
        }

        if (frame.Seq == _lastSent + 1)
        {
            await Send(frame, cancellation);
        }
    }

    /// <summary>Sends the logged frames after <paramref name="after"/> and before <paramref name="before"/>.</summary>
    private async Task FillFrom(long after, long before, CancellationToken cancellation)
    {
        var replay = await _grain.Replay(user, after);
        foreach (var frame in replay.Frames)
        {
            if (frame.Seq >= before || _close.Task.IsCompleted)
            {
                break;
            }

            if (frame.Seq > _lastSent)
            {
                await Send(frame, cancellation);
            }
        }
    }

    private async Task Send(SessionEvent frame, CancellationToken cancellation)
    {
        await socket.SendAsync(FrameJson.Serialize(frame), WebSocketMessageType.Text, endOfMessage: true, cancellation);
        _lastSent = frame.Seq;
        if (frame is SessionEnded)
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, "session ended");
        }
    }

    private async Task ReceiveLoop(CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (!cancellation.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                message.ResetWrittenCount();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellation);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        RequestClose(WebSocketCloseStatus.NormalClosure, "");
                        return;
                    }

                    if (message.WrittenCount + result.Count > limits.MaxFrameBytes)
                    {
                        RequestClose(WebSocketCloseStatus.MessageTooBig, $"frame larger than {limits.MaxFrameBytes} bytes");
                        return;
                    }

                    message.Write(buffer.AsSpan(0, result.Count));
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    RequestClose(WebSocketCloseStatus.InvalidMessageType, "binary frames are not supported");
                    return;
                }

                string text;
                try
                {
                    text = StrictUtf8.GetString(message.WrittenSpan);
                }
                catch (DecoderFallbackException)
                {
                    RequestClose(WebSocketCloseStatus.InvalidPayloadData, "invalid UTF-8");
                    return;
                }

                if (!await Handle(ClientFrame.Parse(text, limits.MaxInputChars)))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, "");
        }
        catch (Exception exception)
        {
            // A silo or network fault: the client reconnects and resumes from its last seq.
            logger.LogWarning("Receive loop of a session connection failed with {ExceptionType}", exception.GetType().Name);
            RequestClose(WebSocketCloseStatus.InternalServerError, "server fault; reconnect with last_seq");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Returns false when the connection must stop reading.</summary>
    private async Task<bool> Handle(ClientFrame frame)
    {
        switch (frame.Kind)
        {
            case ClientFrame.Input:
                using (var lease = _rate.AttemptAcquire())
                {
                    if (!lease.IsAcquired)
                    {
                        await _grain.ReportError(user, "rate_limited", "Too many inputs; slow down and resend.", frame.Id);
                        return true;
                    }
                }

                var input = frame.Id is null
                    ? new ClinicalInput("srv-" + Guid.NewGuid().ToString("N")[..12], frame.Text!, IdFromClient: false)
                    : new ClinicalInput(frame.Id, frame.Text!);
                var outcome = await _grain.Submit(user, input);
                if (outcome.Status == InputStatus.NotOwner)
                {
                    RequestClose(WebSocketCloseStatus.PolicyViolation, "session ownership");
                    return false;
                }

                if (outcome.Status == InputStatus.SessionEnded)
                {
                    RequestClose(WebSocketCloseStatus.NormalClosure, "session ended");
                    return false;
                }

                if (outcome.Status == InputStatus.Duplicate)
                {
                    logger.LogDebug("Input already processed; its frames are in the session log");
                }

                return true;
            case ClientFrame.Ping:
                await _grain.Ping(user, frame.Id);
                return true;
            case ClientFrame.End:
                _ending = true;
                await _grain.End(user, frame.Id);
                return false;
            default:
                await _grain.ReportError(user, frame.ErrorCode!, frame.ErrorMessage!, frame.Id);
                return true;
        }
    }

    private async Task TryClose(WebSocketCloseStatus status, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        _rate.Dispose();
        if (_subscription is not null)
        {
            try
            {
                await _subscription.UnsubscribeAsync();
            }
            catch (Exception exception)
            {
                logger.LogDebug("Unsubscribing failed with {ExceptionType}", exception.GetType().Name);
            }
        }
    }
}
