using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

public sealed class DifferentialDiagnosisTests
{
    private static readonly DifferentialDiagnosis Ddx = new();

    private static DifferentialResult Rank(string text) => Ddx.Rank(new ClinicalCase([text], []));

    [Fact]
    public void Crushing_chest_pain_in_an_older_man_is_emergent_with_acs_on_top()
    {
        var result = Rank("58M crushing central chest pain for 40 minutes radiating to the left arm, diaphoretic and nauseated. Smoker with hypertension.");
        Assert.Equal(Triage.Emergent, result.Triage);
        Assert.Contains(result.Items.Take(2), i => i.Condition is "acute coronary syndrome" or "st-elevation myocardial infarction");
    }

    [Fact]
    public void Items_sum_to_at_most_one_with_other_mass_and_carry_explanations()
    {
        var result = Rank("A 24-year-old man has 20 hours of pain that began around the umbilicus and moved to the right lower quadrant, with anorexia and vomiting. Temperature 38.1. Rebound tenderness.");
        Assert.InRange(result.Items.Sum(i => i.Probability) + result.OtherProbability, 0.999, 1.001);
        Assert.Equal("acute appendicitis", result.Items[0].Condition);
        Assert.NotEmpty(result.Items[0].Supporting);
        Assert.InRange(result.UncertaintyLevel, 0, 1);
        Assert.Contains(result.ReasoningSteps, s => s.StartsWith("Most likely: acute appendicitis", StringComparison.Ordinal));
    }

    [Fact]
    public void Negated_red_flags_do_not_make_a_cold_an_emergency()
    {
        var result = Rank("A 30-year-old woman has a runny nose, sneezing and a mild sore throat for 2 days. She denies chest pain, shortness of breath or fever. Temperature 37.1, SpO2 98%.");
        Assert.Equal("common cold", result.Items[0].Condition);
        Assert.Equal(Triage.SelfCare, result.Triage);
    }

    [Fact]
    public void Low_oxygen_saturation_makes_the_case_emergent_whatever_the_diagnosis()
    {
        var result = Rank("A 45-year-old man with a cough and fever for 3 days. SpO2 86% on room air, RR 32.");
        Assert.Equal(Triage.Emergent, result.Triage);
    }

    [Fact]
    public void A_febrile_neonate_is_emergent()
    {
        var result = Rank("A 2-week-old baby has a temperature of 38.3 °C and is feeding less than usual.");
        Assert.Equal(Triage.Emergent, result.Triage);
    }

    [Fact]
    public void A_plausible_emergency_is_never_under_triaged_even_when_not_first()
    {
        var result = Rank("A 68-year-old man has sudden tearing chest pain radiating to his back. BP 182/100 in the right arm and 140/80 in the left.");
        Assert.Equal(Triage.Emergent, result.Triage);
        Assert.Contains(result.Items, i => i.Condition == "aortic dissection");
    }

    [Fact]
    public void Family_history_is_not_a_present_finding()
    {
        var findings = Ddx.Detect(new ClinicalCase(["His father had a heart attack. He has a runny nose."], []));
        Assert.False(findings.IsPresent(Ddx.KnowledgeBase.FindingIndex("cad_history")));
        Assert.True(findings.IsPresent(Ddx.KnowledgeBase.FindingIndex("coryza")));
    }

    [Fact]
    public void A_negation_carries_along_a_long_list()
    {
        var findings = Ddx.Detect(new ClinicalCase(["He has no numbness, weakness, bladder or bowel changes, fever, weight loss or history of cancer."], []));
        var kb = Ddx.KnowledgeBase;
        Assert.True(findings.IsAbsent(kb.FindingIndex("fever")));
        Assert.True(findings.IsAbsent(kb.FindingIndex("weight_loss")));
        Assert.True(findings.IsAbsent(kb.FindingIndex("cancer_history")));
        Assert.False(findings.IsPresent(kb.FindingIndex("cancer_history")));
    }

    [Fact]
    public void Entities_from_the_extractor_feed_findings()
    {
        var entity = new ClinicalEntity(EntityCategory.Symptom, "SOB", 0, 3, "dyspnea", null, Assertion.Present, 0.9);
        var findings = Ddx.Detect(new ClinicalCase(["SOB"], [entity]));
        Assert.True(findings.IsPresent(Ddx.KnowledgeBase.FindingIndex("dyspnea")));
    }

    [Fact]
    public void Later_inputs_of_a_session_add_to_the_case()
    {
        var first = Rank("34-year-old woman with burning when passing urine.");
        var both = Ddx.Rank(new ClinicalCase(["34-year-old woman with burning when passing urine.", "Also going to the toilet much more often, urine dipstick positive for nitrites."], []));
        var p1 = first.Items.FirstOrDefault(i => i.Condition == "acute cystitis")?.Probability ?? 0;
        var p2 = both.Items.First(i => i.Condition == "acute cystitis").Probability;
        Assert.True(p2 > p1);
    }
}
