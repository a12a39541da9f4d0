namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>A normalised concept of the lexicon. <see cref="AllergyCode"/> codes an allergy to this drug.</summary>
internal sealed record LexiconConcept(
    EntityCategory Category,
    string Concept,
    ClinicalCode? Code,
    bool Chronic,
    ClinicalCode? AllergyCode);

/// <summary>How a surface form names its concept; sets the base confidence of a mention.</summary>
internal enum TermKind : byte
{
    Term,
    Brand,
    Abbreviation,
    ValueAbbreviation,
    Misspelling,
    Negated,
    Blocker,
}

/// <summary>The payload of one case-insensitive lexicon phrase.</summary>
internal sealed record LexiconTerm(LexiconConcept? Concept, TermKind Kind);

/// <summary>A case-sensitive abbreviation: the exact surfaces allowed for one normalised form.</summary>
internal sealed record AbbreviationTerm(IReadOnlyList<(string Surface, LexiconConcept Concept, bool NeedsValue)> Forms);
