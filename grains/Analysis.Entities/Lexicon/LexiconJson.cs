namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>One lexicon file of Data/: the concepts of one entity category.</summary>
internal sealed record LexiconFile(string Category, IReadOnlyList<LexiconConceptJson> Concepts);

/// <summary>
/// One concept as written in the data: its code ("ICD10CM:I10", "SCT:22298006", "RXNORM:6918", "LOINC:2160-0" or null),
/// case-insensitive terms, brand names, case-sensitive abbreviations, abbreviations that only count before a value
/// ("K 3.1"), known misspellings and terms that carry their own negation ("nonsmoker").
/// </summary>
internal sealed record LexiconConceptJson(
    string Concept,
    string? Code,
    IReadOnlyList<string>? Terms,
    IReadOnlyList<string>? Brands,
    IReadOnlyList<string>? Abbr,
    IReadOnlyList<string>? ValueAbbr,
    IReadOnlyList<string>? Misspellings,
    IReadOnlyList<string>? NegatedTerms,
    bool Chronic,
    string? AllergyClass);

/// <summary>Cue lists of the entity-specific assertion and category rules (Data/entity-rules.json).</summary>
internal sealed record EntityRulesJson(
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> ContextMaskedWords,
    IReadOnlyList<string> AllergyHeaders,
    IReadOnlyList<string> AllergyForward,
    IReadOnlyList<string> AllergyListGlue,
    IReadOnlyList<string> AllergyBackward,
    IReadOnlyList<string> FamilyHeaders,
    IReadOnlyList<string> PastHistoryHeaders,
    IReadOnlyList<string> SurgicalHistoryHeaders,
    IReadOnlyList<string> MedicationHistoryHeaders,
    IReadOnlyList<string> MedicationHistoricalForward,
    IReadOnlyList<string> MedicationHistoricalBackward,
    IReadOnlyList<string> HistoricalForward,
    IReadOnlyList<string> ResolvedBackward,
    IReadOnlyList<string> NegatedBackward,
    IReadOnlyList<string> PossibleBackward,
    IReadOnlyList<string> TestNegatedForward,
    IReadOnlyList<string> TestNegatedBackward,
    IReadOnlyList<string> OrderedForward,
    IReadOnlyList<string> OrderedBackward,
    IReadOnlyDictionary<string, string> AllergyClassCodes);
