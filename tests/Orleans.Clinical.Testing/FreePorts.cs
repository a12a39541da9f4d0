using System.Net;
using System.Net.Sockets;

namespace Orleans.Clinical.Testing;

public static class FreePorts
{
    /// <summary>A TCP port on loopback that nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port, or fails after the deadline.</summary>
    public static async Task WaitUntilListening(int port, TimeSpan deadline, Func<bool>? stillRunning = null)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && (stillRunning?.Invoke() ?? true))
            {
                await Task.Yield();
                await Pause.Briefly();
            }
        }
    }
}
