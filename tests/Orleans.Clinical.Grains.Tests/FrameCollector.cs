using Orleans.Clinical.Grains.Interfaces;
using Orleans.Runtime;
using Orleans.Streams;

namespace Orleans.Clinical.Grains.Tests;

/// <summary>Subscribes to a session's stream and collects its frames; waits for a frame without sleeping.</summary>
public sealed class FrameCollector : IAsyncDisposable
{
    private readonly List<SessionEvent> _frames = [];
    private readonly List<(Func<SessionEvent, bool> Match, TaskCompletionSource<SessionEvent> Done)> _waiters = [];
    private StreamSubscriptionHandle<SessionEvent>? _handle;

    public IReadOnlyList<SessionEvent> Frames
    {
        get
        {
            lock (_frames)
            {
                return [.. _frames];
            }
        }
    }

    public static async Task<FrameCollector> Subscribe(IClusterClient client, string sessionId)
    {
        var collector = new FrameCollector();
        var stream = client.GetStreamProvider(ClinicalNames.StreamProvider)
            .GetStream<SessionEvent>(StreamId.Create(ClinicalNames.SessionStreamNamespace, sessionId));
        collector._handle = await stream.SubscribeAsync((frame, _) =>
        {
            collector.Add(frame);
            return Task.CompletedTask;
        });
        return collector;
    }

    private void Add(SessionEvent frame)
    {
        lock (_frames)
        {
            _frames.Add(frame);
            foreach (var waiter in _waiters.Where(w => w.Match(frame)).ToArray())
            {
                waiter.Done.TrySetResult(frame);
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task<SessionEvent> WaitFor(Func<SessionEvent, bool> match, TimeSpan? timeout = null)
    {
        Task<SessionEvent> waiting;
        lock (_frames)
        {
            var seen = _frames.FirstOrDefault(match);
            if (seen is not null)
            {
                return seen;
            }

            var done = new TaskCompletionSource<SessionEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            waiting = done.Task;
        }

        try
        {
            return await waiting.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("Expected frame not received; got: " + string.Join(", ", Frames.Select(f => $"{f.Seq}:{f.Type}")));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
        }
    }
}
