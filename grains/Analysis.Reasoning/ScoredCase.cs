namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Posterior probabilities of every condition (0 when not eligible) and of "other", for one case.</summary>
public sealed record ScoredCase(CaseFindings Findings, double[] Probabilities, double OtherProbability, int[] Ranked);
