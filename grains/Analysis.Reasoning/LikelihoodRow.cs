namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// How one finding changes the odds of a condition: <see cref="PositiveLr"/> when present,
/// <see cref="NegativeLr"/> when explicitly absent, with the key of the source the ratios come from.
/// </summary>
public readonly record struct LikelihoodRow(int Finding, double PositiveLr, double NegativeLr, string Source);
