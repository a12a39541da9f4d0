namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Tunable constants of the Bayesian ranking and triage, with the values used by default.</summary>
public sealed record RankerOptions
{
    /// <summary>Single likelihood ratios are clamped into [1/50, 50] so that one finding never decides alone.</summary>
    public double MaxSingleLr { get; init; } = 50;

    /// <summary>The product of likelihood ratios of one condition is clamped into [1e-6, 1e6].</summary>
    public double MaxTotalLr { get; init; } = 1e6;

    /// <summary>Factor for a present, strongly diagnostic finding that a condition does not explain.</summary>
    public double UnexplainedFindingLr { get; init; } = 0.5;

    /// <summary>Prior weight of "other" (conditions outside the knowledge base), as a fraction of the eligible priors.</summary>
    public double OtherPriorFraction { get; init; } = 0.1;

    /// <summary>A condition at or above this probability is plausible: its triage level counts.</summary>
    public double PlausibleProbability { get; init; } = 0.10;

    /// <summary>An emergent condition at or above this probability counts when one of its red flags is present.</summary>
    public double RedFlagProbability { get; init; } = 0.01;

    /// <summary>Most conditions returned.</summary>
    public int MaxItems { get; init; } = 8;

    /// <summary>Conditions below this probability are not returned.</summary>
    public double MinItemProbability { get; init; } = 0.005;

    public static RankerOptions Default { get; } = new();
}
