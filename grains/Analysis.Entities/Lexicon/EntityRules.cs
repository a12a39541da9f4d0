using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>What an entity-specific cue does; one phrase can do several things.</summary>
[Flags]
internal enum RuleCue
{
    None = 0,
    AllergyForward = 1,
    AllergyBackward = 2,
    MedicationHistoricalForward = 4,
    MedicationHistoricalBackward = 8,
    HistoricalForward = 16,
    OrderedForward = 32,
    OrderedBackward = 64,
    NegatedBackward = 128,
    PossibleBackward = 256,
    TestNegatedForward = 512,
    TestNegatedBackward = 1024,
    ResolvedBackward = 2048,
}

/// <summary>The kind of section a header line opens.</summary>
internal enum SectionKind : byte
{
    None,
    Allergy,
    Family,
    PastHistory,
    SurgicalHistory,
    MedicationHistory,
    Other,
}

/// <summary>The cue matcher and section headers of Data/entity-rules.json, built once.</summary>
internal sealed class EntityRules
{
    private readonly Dictionary<string, SectionKind> headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SectionKind>.AlternateLookup<ReadOnlySpan<char>> headerLookup;

    public EntityRules(EntityRulesJson json)
    {
        Dictionary<string, RuleCue> cues = new(StringComparer.Ordinal);
        AddCues(cues, json.AllergyForward, RuleCue.AllergyForward);
        AddCues(cues, json.AllergyBackward, RuleCue.AllergyBackward);
        AddCues(cues, json.MedicationHistoricalForward, RuleCue.MedicationHistoricalForward);
        AddCues(cues, json.MedicationHistoricalBackward, RuleCue.MedicationHistoricalBackward);
        AddCues(cues, json.HistoricalForward, RuleCue.HistoricalForward);
        AddCues(cues, json.OrderedForward, RuleCue.OrderedForward);
        AddCues(cues, json.OrderedBackward, RuleCue.OrderedBackward);
        AddCues(cues, json.ResolvedBackward, RuleCue.ResolvedBackward);
        AddCues(cues, json.NegatedBackward, RuleCue.NegatedBackward);
        AddCues(cues, json.PossibleBackward, RuleCue.PossibleBackward);
        AddCues(cues, json.TestNegatedForward, RuleCue.TestNegatedForward);
        AddCues(cues, json.TestNegatedBackward, RuleCue.TestNegatedBackward);
        AllergyListGlue = new HashSet<string>(json.AllergyListGlue.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        MaskedWords = [.. json.ContextMaskedWords.Select(w => w.ToLowerInvariant())];
        Cues = new PhraseMatcher<RuleCue>(cues.Select(p => (p.Key, p.Value)), PhraseMatcherOptions.NoFuzzy);

        AddHeaders(json.AllergyHeaders, SectionKind.Allergy);
        AddHeaders(json.FamilyHeaders, SectionKind.Family);
        AddHeaders(json.PastHistoryHeaders, SectionKind.PastHistory);
        AddHeaders(json.SurgicalHistoryHeaders, SectionKind.SurgicalHistory);
        AddHeaders(json.MedicationHistoryHeaders, SectionKind.MedicationHistory);
        headerLookup = headers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PhraseMatcher<RuleCue> Cues { get; }

    /// <summary>Words that may join the items of an allergy list ("allergic to PCN and sulfa, causes hives").</summary>
    public IReadOnlySet<string> AllergyListGlue { get; }

    /// <summary>Words hidden from the ConText engine (see Data/entity-rules.json).</summary>
    public IReadOnlyList<string> MaskedWords { get; }

    /// <summary>The section a header (its words joined by single spaces, lower case) opens; Other for any other header.</summary>
    public SectionKind Header(ReadOnlySpan<char> key) => headerLookup.TryGetValue(key, out var kind) ? kind : SectionKind.Other;

    /// <summary>The lookup key of a header: its tokens' lower-case forms, words separated by one space.</summary>
    public static string HeaderKey(TokenizedText text, int first, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = first; i < end; i++)
        {
            if (builder.Length > 0 && text[i].IsWord && text[i - 1].IsWord) builder.Append(' ');
            builder.Append(text.Norm(i));
        }

        return builder.ToString();
    }

    private void AddHeaders(IReadOnlyList<string> phrases, SectionKind kind)
    {
        foreach (var phrase in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            headers.TryAdd(HeaderKey(tokens, 0, tokens.Count), kind);
        }
    }

    private static void AddCues(Dictionary<string, RuleCue> cues, IReadOnlyList<string> phrases, RuleCue cue)
    {
        foreach (var phrase in phrases)
        {
            var key = phrase.ToLowerInvariant();
            cues[key] = cues.TryGetValue(key, out var existing) ? existing | cue : cue;
        }
    }
}
