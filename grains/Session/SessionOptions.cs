namespace Orleans.Clinical.Grains.Session;

/// <summary>Session settings, bound from the "Session" configuration section.</summary>
public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>Frames kept for replay on resume; older frames are dropped from the log.</summary>
    public int MaxLoggedFrames { get; set; } = 5000;

    /// <summary>Client input ids remembered for idempotency.</summary>
    public int MaxRememberedInputIds { get; set; } = 1000;

    /// <summary>Redacted inputs kept as the session's clinical context.</summary>
    public int MaxContextInputs { get; set; } = 50;
}

/// <summary>Analysis settings, bound from the "Analysis" configuration section.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>When false (the original design) analysis of an input stops at its emergency alert.</summary>
    public bool ContinueAfterEmergency { get; set; }
}

/// <summary>Privacy settings, bound from the "Privacy" configuration section.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Base64 secret (at least 32 bytes) keying the pseudonym digests. A deployment secret: set it from a
    /// secret store; changing it renumbers pseudonyms of existing sessions.
    /// </summary>
    public string PseudonymKey { get; set; } = "";

    public byte[] KeyBytes()
    {
        var key = string.IsNullOrWhiteSpace(PseudonymKey) ? [] : Convert.FromBase64String(PseudonymKey);
        return key.Length >= 32
            ? key
            : throw new InvalidOperationException("Privacy:PseudonymKey must be a base64 secret of at least 32 bytes.");
    }
}
