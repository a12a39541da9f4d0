using System.Text.RegularExpressions;
using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void Knowledge_base_has_at_least_150_conditions_with_unique_names()
    {
        Assert.True(Kb.Conditions.Count >= 150, $"only {Kb.Conditions.Count} conditions");
        var duplicates = Kb.Conditions.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_icd10_code_has_a_valid_shape()
    {
        var shape = new Regex(@"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$", RegexOptions.None, TimeSpan.FromSeconds(1));
        var bad = Kb.Conditions.Where(c => !shape.IsMatch(c.Icd10)).Select(c => $"{c.Name}: {c.Icd10}").ToArray();
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_likelihood_ratio_is_positive_and_every_row_has_a_known_source()
    {
        foreach (var condition in Kb.Conditions)
        {
            Assert.True(Kb.Sources.ContainsKey(condition.Source), $"{condition.Name}: unknown source {condition.Source}");
            Assert.True(condition.Rows.Count >= 3, $"{condition.Name} has fewer than 3 findings");
            foreach (var row in condition.Rows)
            {
                Assert.True(row.PositiveLr > 0 && row.NegativeLr > 0, $"{condition.Name}: non-positive LR");
                Assert.True(Kb.Sources.ContainsKey(row.Source), $"{condition.Name}: unknown source {row.Source}");
            }
        }
    }

    [Fact]
    public void Every_condition_has_a_valid_triage_level_and_positive_prior()
    {
        string[] levels = [Triage.Emergent, Triage.NonEmergent, Triage.SelfCare];
        foreach (var condition in Kb.Conditions)
        {
            Assert.Contains(condition.Triage, levels);
            Assert.All(condition.Escalations, e => Assert.Contains(e.To, levels));
            Assert.True(condition.Prior > 0, condition.Name);
            Assert.Equal(condition.Name, condition.Name.ToLowerInvariant());
        }
    }

    [Fact]
    public void Sources_name_a_year_and_never_a_made_up_identifier()
    {
        var year = new Regex(@"(19|20)\d\d", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (var (key, citation) in Kb.Sources)
        {
            if (key == "expert") continue;
            Assert.Matches(year, citation);
            Assert.DoesNotContain("PMID", citation, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("doi", citation, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Knowledge_base_covers_emergencies_and_self_care_across_specialties()
    {
        Assert.True(Kb.Conditions.Count(c => c.Triage == Triage.Emergent) >= 40);
        Assert.True(Kb.Conditions.Count(c => c.Triage == Triage.SelfCare) >= 30);
        Assert.True(Kb.Conditions.Select(c => c.System).Distinct().Count() >= 12);
    }

    [Fact]
    public void Every_finding_has_a_label_and_a_way_to_be_detected()
    {
        var ruled = Kb.Rules.Select(r => r.Finding).ToHashSet();
        var undetectable = Kb.Findings
            .Where(f => f.Phrases.Count == 0 && f.Concepts.Count == 0 && !ruled.Contains(f.Index) && !f.Id.StartsWith("vital_") && !f.Id.StartsWith("age_"))
            .Select(f => f.Id)
            .ToArray();
        Assert.Empty(undetectable);
        Assert.All(Kb.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
    }
}
