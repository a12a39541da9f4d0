namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>The normalised evidence quality names used on the wire, best first.</summary>
public static class EvidenceQualities
{
    public const string High = "high";
    public const string Moderate = "moderate";
    public const string Low = "low";
    public const string VeryLow = "very_low";
    public const string None = "none";

    /// <summary>Higher is better; "none" and unknown values rank 0.</summary>
    public static int Rank(string quality) => quality switch
    {
        High => 4,
        Moderate => 3,
        Low => 2,
        VeryLow => 1,
        _ => 0,
    };
}
