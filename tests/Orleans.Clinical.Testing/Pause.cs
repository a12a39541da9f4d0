namespace Orleans.Clinical.Testing;

/// <summary>Polling with a deadline (waiting for a port or a process to appear), not a synchronisation sleep.</summary>
public static class Pause
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task Briefly()
    {
        using var timer = new PeriodicTimer(Interval);
        await timer.WaitForNextTickAsync();
    }
}
