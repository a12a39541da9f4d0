namespace Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

/// <summary>
/// The per-session pseudonym numbering, safe to persist as JSON: keys are keyed HMAC digests of
/// normalised values (never the values themselves), and the per-type counters.
/// </summary>
public sealed class PseudonymTable
{
    /// <summary>Base64 HMAC-SHA256 digest of scope|type|normalised value → number within its type.</summary>
    public Dictionary<string, int> Numbers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>PHI type → the highest number given so far.</summary>
    public Dictionary<string, int> Counters { get; set; } = new(StringComparer.Ordinal);
}
