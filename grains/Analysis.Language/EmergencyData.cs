namespace Orleans.Clinical.Analysis.Language;

internal sealed record EmergencyConceptData(IReadOnlyList<EmergencyConceptEntry> Concepts, IReadOnlyList<string> Figurative);

internal sealed record EmergencyConceptEntry(string Id, string Label, string? Kind, IReadOnlyList<string> Phrases, IReadOnlyList<NearPatternEntry>? Near);

/// <summary>One word of each group within <see cref="Window"/> tokens of each other, in one sentence, in any order.</summary>
internal sealed record NearPatternEntry(int Window, IReadOnlyList<IReadOnlyList<string>> Groups);

internal sealed record EmergencyRuleData(IReadOnlyList<EmergencyRuleEntry> Rules);

internal sealed record EmergencyRuleEntry(
    string Id,
    string Category,
    int Priority,
    string Summary,
    IReadOnlyList<string> All,
    IReadOnlyList<string>? Any,
    IReadOnlyList<string>? None,
    int? MinAny,
    IReadOnlyDictionary<string, int>? MinMatches);
