namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>The case's triage level and the reason for it.</summary>
public sealed record TriageDecision(string Level, string Reason);
