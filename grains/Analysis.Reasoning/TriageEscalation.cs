namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Raises a condition's triage level to <see cref="To"/> when any of the findings is present.</summary>
public sealed record TriageEscalation(string To, IReadOnlyList<int> AnyOf);
