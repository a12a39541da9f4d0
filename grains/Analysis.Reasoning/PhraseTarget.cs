namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>What one vocabulary phrase says: these findings are present, and these are explicitly absent.</summary>
public sealed record PhraseTarget(int[] Present, int[] Absent);
