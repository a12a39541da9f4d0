namespace Orleans.Clinical.Analysis.Entities.Lexicon;

internal sealed record VitalConceptJson(string Name, string Concept, string Code);

internal sealed record VitalConceptsFile(IReadOnlyList<VitalConceptJson> Vitals);

/// <summary>The vital signs reported as entities (Data/vital-concepts.json), by parser name.</summary>
internal static class VitalConcepts
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Concept, ClinicalCode? Code)>> Lazy = new(() =>
        EntityData.ReadJson<VitalConceptsFile>("vital-concepts.json").Vitals
            .ToDictionary(v => v.Name, v => (v.Concept, CodeParser.Parse(v.Code)), StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, (string Concept, ClinicalCode? Code)> ByName => Lazy.Value;
}
