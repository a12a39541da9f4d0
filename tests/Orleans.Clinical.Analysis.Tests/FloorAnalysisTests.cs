using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Floor;

namespace Orleans.Clinical.Analysis.Tests;

/// <summary>The original design's keyword floor: what it catches and, as the baseline, what it cannot tell apart.</summary>
public sealed class FloorAnalysisTests
{
    private sealed class CountingPseudonyms : IPseudonymSource
    {
        private readonly Dictionary<(string, string), int> _numbers = [];

        public string ReplacementFor(string phiType, string value)
        {
            if (!_numbers.TryGetValue((phiType, value), out var n))
            {
                n = _numbers.Keys.Count(k => k.Item1 == phiType) + 1;
                _numbers[(phiType, value)] = n;
            }

            return $"[{phiType}-{n}]";
        }
    }

    [Theory]
    [InlineData("crushing chest pain for 20 minutes", "cardiac")]
    [InlineData("she can't breathe", "respiratory")]
    [InlineData("had a seizure at home", "neurological")]
    [InlineData("took an overdose of pills", "toxicological")]
    [InlineData("he is suicidal", "psychiatric")]
    public void Pattern_list_flags_its_keywords(string text, string category)
    {
        var result = new PatternEmergencyDetector().Detect(text);

        Assert.True(result.IsEmergency);
        Assert.Equal(category, result.Category);
        Assert.Equal(text.IndexOf(result.Findings[0].Text, StringComparison.Ordinal), result.Findings[0].Start);
    }

    [Fact]
    public void Pattern_list_ignores_routine_text()
    {
        Assert.False(new PatternEmergencyDetector().Detect("Mild sore throat for two days, eating well.").IsEmergency);
    }

    [Fact]
    public void Pattern_list_cannot_see_negation_which_is_why_it_is_only_the_baseline()
    {
        Assert.True(new PatternEmergencyDetector().Detect("Denies chest pain.").IsEmergency);
    }

    [Fact]
    public void Regex_scanner_replaces_structured_identifiers_with_typed_consistent_pseudonyms()
    {
        var pseudonyms = new CountingPseudonyms();
        var text = "SSN 123-45-6789, call 555-867-5309 or jo@example.org. MRN: 00482913. Seen 03/14/2025; SSN again 123-45-6789.";

        var result = new RegexPhiRedactor().Redact(text, pseudonyms);

        Assert.Equal(["DATE", "EMAIL", "MRN", "PHONE", "SSN"], result.PhiTypes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("123-45-6789", result.RedactedText);
        Assert.DoesNotContain("00482913", result.RedactedText);
        Assert.Contains("MRN: [MRN-1]", result.RedactedText);
        Assert.Equal(2, result.Redactions.Count(r => r.Replacement == "[SSN-1]"));
        Assert.All(result.Redactions, r => Assert.True(r.End > r.Start && r.End <= text.Length));
    }

    [Fact]
    public void Regex_scanner_leaves_clinical_numbers_alone()
    {
        var text = "BP 150/90, HR 88, glucose 5.4 mmol/L, 25 mg PO BID, 3 days.";

        var result = new RegexPhiRedactor().Redact(text, new CountingPseudonyms());

        Assert.False(result.HasPhi);
        Assert.Equal(text, result.RedactedText);
    }

    [Fact]
    public void Keyword_entities_find_symptoms_and_a_preceding_negation()
    {
        var result = new KeywordEntityExtractor().Extract("Cough and fever, no headache. History of asthma.");

        Assert.Contains(result.Entities, e => e.Concept == "cough" && e.Assertion == Assertion.Present);
        Assert.Contains(result.Entities, e => e.Concept == "headache" && e.Assertion == Assertion.Negated);
        Assert.Contains(result.Entities, e => e.Concept == "asthma" && e.Category == EntityCategory.Condition);
    }

    [Fact]
    public void Keyword_entities_match_whole_words_only()
    {
        var entities = new KeywordEntityExtractor().Extract("The copdx code and coughing-free").Entities;

        Assert.DoesNotContain(entities, e => e.Concept is "chronic obstructive pulmonary disease" or "cough");
    }
}
