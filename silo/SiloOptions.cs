namespace Orleans.Clinical.Silo;

/// <summary>Hosting settings, bound from the "Orleans" configuration section.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>"Local": localhost clustering, one machine. "Cluster": Azure Table clustering, several silos.</summary>
    public string Profile { get; set; } = "Local";

    public string ClusterId { get; set; } = "clinical-local";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo at (cluster profile); empty: the host's first IPv4 address.</summary>
    public string AdvertisedIP { get; set; } = "";

    /// <summary>How often stream pulling agents poll their queues. Orleans' default is 100 ms.</summary>
    public int StreamPollMilliseconds { get; set; } = 5;

    /// <summary>Memory stream queues per cluster; each is polled every <see cref="StreamPollMilliseconds"/>.</summary>
    public int StreamQueues { get; set; } = 4;

    public bool IsCluster => string.Equals(Profile, "Cluster", StringComparison.OrdinalIgnoreCase);
}
