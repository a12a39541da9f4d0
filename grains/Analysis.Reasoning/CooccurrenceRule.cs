namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// A finding recognised when words of every group occur together in one sentence (or anywhere in one input when
/// <see cref="WholeText"/>): "rolled her left ankle" needs no exact phrase, only {ankle} and {rolled, twisted, ...}.
/// Each group lists alternatives (words or short phrases).
/// </summary>
public sealed record CooccurrenceRule(int Finding, IReadOnlyList<IReadOnlyList<string>> Groups, bool WholeText);
