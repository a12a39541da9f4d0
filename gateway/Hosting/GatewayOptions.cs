namespace Orleans.Clinical.Gateway.Hosting;

/// <summary>Limits of one WebSocket connection, bound from the "Limits" configuration section.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Longest accepted clinical_input text, in characters; longer gets error text_too_long.</summary>
    public int MaxInputChars { get; set; } = 20_000;

    /// <summary>Largest accepted client frame, in bytes; larger closes the socket with 1009.</summary>
    public int MaxFrameBytes { get; set; } = 256 * 1024;

    /// <summary>Sustained clinical inputs per minute per connection; beyond it: error rate_limited.</summary>
    public int InputsPerMinute { get; set; } = 120;

    /// <summary>Inputs accepted in a burst before the per-minute rate applies.</summary>
    public int InputBurst { get; set; } = 20;

    /// <summary>Frames queued for one socket; a client that falls this far behind is disconnected (1013) and resumes.</summary>
    public int SendQueueFrames { get; set; } = 1024;
}

/// <summary>Browser origins allowed to open sockets, bound from "Gateway".</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public string[] AllowedOrigins { get; set; } = [];
}
