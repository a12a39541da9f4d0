using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>
/// The curated lexicon (Data/*.json): every concept with its code, and two phrase matchers built once over its
/// surface forms — case-insensitive terms, brands and misspellings (with the shared matcher's spelling tolerance),
/// and case-sensitive abbreviations ("PE", "MI", "K") matched exactly as written. Immutable and thread-safe.
/// </summary>
internal sealed class ClinicalLexicon
{
    private static readonly string[] Files = ["symptoms.json", "conditions.json", "medications.json", "allergies.json", "procedures.json", "labs.json"];

    private static readonly Lazy<ClinicalLexicon> Lazy = new(() => new ClinicalLexicon(Files.Select(EntityData.ReadJson<LexiconFile>).ToArray(),
        EntityData.ReadJson<EntityRulesJson>("entity-rules.json")));

    public static ClinicalLexicon Default => Lazy.Value;

    public ClinicalLexicon(IReadOnlyList<LexiconFile> files, EntityRulesJson rules)
    {
        var allergyCodes = rules.AllergyClassCodes.ToDictionary(p => p.Key, p => CodeParser.Parse(p.Value), StringComparer.Ordinal);
        List<(string, LexiconTerm)> terms = [];
        Dictionary<string, List<(string, LexiconConcept, bool)>> abbreviations = new(StringComparer.Ordinal);
        List<LexiconConcept> concepts = [];

        foreach (var blocker in rules.Blockers)
        {
            terms.Add((blocker, new LexiconTerm(null, TermKind.Blocker)));
        }

        foreach (var file in files)
        {
            var category = Enum.Parse<EntityCategory>(file.Category, ignoreCase: true);
            foreach (var json in file.Concepts)
            {
                ClinicalCode? allergyCode = null;
                if (json.AllergyClass is { } allergyClass && !allergyCodes.TryGetValue(allergyClass, out allergyCode))
                {
                    throw new InvalidDataException($"Unknown allergy class '{allergyClass}' of {json.Concept}.");
                }

                LexiconConcept concept = new(category, json.Concept, CodeParser.Parse(json.Code), json.Chronic, allergyCode);
                concepts.Add(concept);
                Add(terms, json.NegatedTerms, concept, TermKind.Negated);
                Add(terms, [json.Concept], concept, TermKind.Term);
                Add(terms, json.Terms, concept, TermKind.Term);
                Add(terms, json.Brands, concept, TermKind.Brand);
                Add(terms, json.Misspellings, concept, TermKind.Misspelling);
                AddAbbreviations(abbreviations, json.Abbr, concept, needsValue: false);
                AddAbbreviations(abbreviations, json.ValueAbbr, concept, needsValue: true);
            }
        }

        Concepts = concepts;
        Terms = new PhraseMatcher<LexiconTerm>(terms);
        Abbreviations = new PhraseMatcher<AbbreviationTerm>(
            abbreviations.Select(p => (p.Key, new AbbreviationTerm(p.Value))),
            new PhraseMatcherOptions { Fuzzy = false, Inflections = false });
        Rules = new EntityRules(rules);
    }

    public IReadOnlyList<LexiconConcept> Concepts { get; }

    public PhraseMatcher<LexiconTerm> Terms { get; }

    public PhraseMatcher<AbbreviationTerm> Abbreviations { get; }

    public EntityRules Rules { get; }

    private static void Add(List<(string, LexiconTerm)> terms, IReadOnlyList<string>? phrases, LexiconConcept concept, TermKind kind)
    {
        if (phrases is null) return;
        LexiconTerm term = new(concept, kind);
        foreach (var phrase in phrases)
        {
            terms.Add((phrase, term));
        }
    }

    private static void AddAbbreviations(Dictionary<string, List<(string, LexiconConcept, bool)>> abbreviations,
        IReadOnlyList<string>? surfaces, LexiconConcept concept, bool needsValue)
    {
        if (surfaces is null) return;
        foreach (var surface in surfaces)
        {
            var key = surface.ToLowerInvariant();
            if (!abbreviations.TryGetValue(key, out var forms)) abbreviations[key] = forms = [];
            forms.Add((surface, concept, needsValue));
        }
    }
}
