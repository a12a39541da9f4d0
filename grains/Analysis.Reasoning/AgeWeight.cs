namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>A prior multiplier for ages in [<see cref="MinYears"/>, <see cref="MaxYears"/>).</summary>
public readonly record struct AgeWeight(double MinYears, double MaxYears, double Factor);
