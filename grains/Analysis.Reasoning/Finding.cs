namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// A feature that can be read from a case: a symptom, sign, result, risk factor, vital-sign or age feature.
/// <see cref="HistoryCounts"/>: a historical mention still counts as present (risk factors, previous episodes).
/// <see cref="Emergent"/>: the finding alone means emergency care (a red flag whatever the diagnosis).
/// </summary>
public sealed record Finding(
    int Index,
    string Id,
    string Label,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> AbsentPhrases,
    IReadOnlyList<string> Concepts,
    bool HistoryCounts,
    bool Emergent = false);
