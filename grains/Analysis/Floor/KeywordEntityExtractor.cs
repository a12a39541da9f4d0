using System.Text.RegularExpressions;

namespace Orleans.Clinical.Analysis.Floor;

/// <summary>
/// The floor entity extractor: a short keyword list of common symptoms and conditions, matched on
/// word boundaries, with a one-word look-back for negation ("no", "denies", "without").
/// </summary>
public sealed class KeywordEntityExtractor : IEntityExtractor
{
    private static readonly (string Keyword, EntityCategory Category, string Concept)[] Keywords =
    [
        ("chest pain", EntityCategory.Symptom, "chest pain"),
        ("shortness of breath", EntityCategory.Symptom, "dyspnea"),
        ("sob", EntityCategory.Symptom, "dyspnea"),
        ("headache", EntityCategory.Symptom, "headache"),
        ("fever", EntityCategory.Symptom, "fever"),
        ("cough", EntityCategory.Symptom, "cough"),
        ("nausea", EntityCategory.Symptom, "nausea"),
        ("vomiting", EntityCategory.Symptom, "vomiting"),
        ("dizziness", EntityCategory.Symptom, "dizziness"),
        ("fatigue", EntityCategory.Symptom, "fatigue"),
        ("abdominal pain", EntityCategory.Symptom, "abdominal pain"),
        ("back pain", EntityCategory.Symptom, "back pain"),
        ("palpitations", EntityCategory.Symptom, "palpitations"),
        ("syncope", EntityCategory.Symptom, "syncope"),
        ("diarrhea", EntityCategory.Symptom, "diarrhea"),
        ("rash", EntityCategory.Symptom, "rash"),
        ("hypertension", EntityCategory.Condition, "hypertension"),
        ("diabetes", EntityCategory.Condition, "diabetes mellitus"),
        ("asthma", EntityCategory.Condition, "asthma"),
        ("copd", EntityCategory.Condition, "chronic obstructive pulmonary disease"),
        ("pneumonia", EntityCategory.Condition, "pneumonia"),
        ("heart failure", EntityCategory.Condition, "heart failure"),
        ("atrial fibrillation", EntityCategory.Condition, "atrial fibrillation"),
    ];

    private static readonly Regex Pattern = new(
        @"\b(?:(?<neg>no|denies|without)\s+)?(?<kw>" + string.Join('|', Keywords.Select(k => Regex.Escape(k.Keyword))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public EntityExtraction Extract(string text)
    {
        var entities = new List<ClinicalEntity>();
        foreach (Match match in Pattern.Matches(text))
        {
            var keyword = match.Groups["kw"];
            var entry = Keywords.First(k => k.Keyword.Equals(keyword.Value, StringComparison.OrdinalIgnoreCase));
            var assertion = match.Groups["neg"].Success ? Assertion.Negated : Assertion.Present;
            entities.Add(new ClinicalEntity(entry.Category, keyword.Value, keyword.Index, keyword.Index + keyword.Length,
                entry.Concept, null, assertion, 0.5));
        }

        return new EntityExtraction(entities);
    }
}
