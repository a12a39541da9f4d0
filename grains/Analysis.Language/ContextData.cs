namespace Orleans.Clinical.Analysis.Language;

internal sealed record ContextData(
    IReadOnlyList<ContextGroup> Groups,
    IReadOnlyList<string> Relatives,
    IReadOnlyList<string> FamilyVerbs,
    IReadOnlyList<string> QuestionStarters,
    IReadOnlyList<string> ChronicConditions);

internal sealed record ContextGroup(string Category, string? Direction, int? Window, bool Weak, IReadOnlyList<string>? Terminates, IReadOnlyList<string> Phrases);
