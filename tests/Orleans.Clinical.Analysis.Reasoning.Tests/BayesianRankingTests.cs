using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

public sealed class BayesianRankingTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;
    private static readonly BayesianRanker Ranker = new(Kb, RankerOptions.Default);

    private static CaseFindings Case(Demographics demographics, string[] present, string[] absent)
    {
        var f = new CaseFindings(Kb.Findings.Count, demographics);
        foreach (var id in present) f.MarkPresent(Kb.FindingIndex(id));
        foreach (var id in absent) f.MarkAbsent(Kb.FindingIndex(id));
        return f;
    }

    private static double P(ScoredCase scored, string condition) =>
        scored.Probabilities[Kb.Conditions.First(c => c.Name == condition).Index];

    [Fact]
    public void Probabilities_and_other_sum_to_one_and_other_is_explicit()
    {
        var scored = Ranker.Score(Case(new(40, 'M'), ["cough", "fever", "focal_chest_signs"], []));
        Assert.Equal(1.0, scored.Probabilities.Sum() + scored.OtherProbability, 6);
        Assert.True(scored.OtherProbability > 0);
    }

    [Fact]
    public void A_pertinent_negative_lowers_a_condition()
    {
        var with = Ranker.Score(Case(new(30, 'M'), ["headache", "photophobia", "vomiting"], []));
        var without = Ranker.Score(Case(new(30, 'M'), ["headache", "photophobia", "vomiting"], ["fever", "neck_stiffness"]));
        Assert.True(P(without, "bacterial meningitis") < P(with, "bacterial meningitis") / 2);
    }

    [Fact]
    public void A_supporting_finding_raises_a_condition()
    {
        var before = Ranker.Score(Case(new(25, 'M'), ["abdominal_pain", "vomiting"], []));
        var after = Ranker.Score(Case(new(25, 'M'), ["abdominal_pain", "vomiting", "rlq_pain", "pain_migration"], []));
        Assert.True(P(after, "acute appendicitis") > 3 * P(before, "acute appendicitis"));
        Assert.Equal("acute appendicitis", Kb.Conditions[after.Ranked[0]].Name);
    }

    [Fact]
    public void Ectopic_pregnancy_is_impossible_in_a_man_and_possible_in_a_woman()
    {
        string[] present = ["lower_abdominal_pain", "missed_period", "vaginal_bleeding"];
        Assert.Equal(0, P(Ranker.Score(Case(new(28, 'M'), present, [])), "ectopic pregnancy"));
        Assert.True(P(Ranker.Score(Case(new(28, 'F'), present, [])), "ectopic pregnancy") > 0.1);
    }

    [Fact]
    public void Age_limits_exclude_croup_in_adults_and_prostate_disease_in_children()
    {
        var adult = Ranker.Score(Case(new(40, 'M'), ["barking_cough", "stridor"], []));
        Assert.Equal(0, P(adult, "croup"));
        var child = Ranker.Score(Case(new(2, 'M'), ["barking_cough", "stridor"], []));
        Assert.Equal("croup", Kb.Conditions[child.Ranked[0]].Name);
        Assert.Equal(0, P(Ranker.Score(Case(new(8, 'M'), ["luts_obstructive", "nocturia"], [])), "benign prostatic hyperplasia"));
    }

    [Fact]
    public void Likelihood_products_are_capped()
    {
        var everything = Kb.Conditions[0].Rows.Select(r => Kb.Findings[r.Finding].Id).ToArray();
        var scored = Case(Demographics.Unknown, everything, []);
        var log = Ranker.LogLikelihood(Kb.Conditions[0], scored);
        Assert.True(log <= Math.Log(RankerOptions.Default.MaxTotalLr) + 1e-9);
    }
}
