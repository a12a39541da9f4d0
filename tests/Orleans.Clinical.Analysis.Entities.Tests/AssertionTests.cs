using static Orleans.Clinical.Analysis.Entities.Tests.ExtractorAssertions;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed class AssertionTests
{
    [Theory]
    [InlineData("Presents with chest pain and nausea.", "chest pain", Assertion.Present)]
    [InlineData("Denies chest pain or shortness of breath.", "chest pain", Assertion.Negated)]
    [InlineData("Denies chest pain or shortness of breath.", "shortness of breath", Assertion.Negated)]
    [InlineData("History of GI bleed in 2018.", "GI bleed", Assertion.Historical)]
    [InlineData("s/p CABG (2016).", "CABG", Assertion.Historical)]
    [InlineData("FHx: Father had colon cancer.", "colon cancer", Assertion.Family)]
    [InlineData("Return if fever or flank pain develops.", "flank pain", Assertion.Hypothetical)]
    [InlineData("Will obtain CTA chest in the morning.", "CTA chest", Assertion.Hypothetical)]
    [InlineData("Concern for pneumonia.", "pneumonia", Assertion.Possible)]
    [InlineData("Sepsis - r/o.", "Sepsis", Assertion.Possible)]
    public void Each_assertion_kind_is_recognised(string text, string surface, Assertion expected) =>
        Assert.Equal(expected, Single(text, surface).Assertion);

    [Fact]
    public void Chronic_condition_in_the_problem_list_is_present_but_an_episodic_event_is_historical()
    {
        const string text = "Past medical history: HTN and CKD. History of hypertension. Prior MI (2019).";
        Assert.Equal(Assertion.Present, Single(text, "HTN").Assertion);
        Assert.Equal(Assertion.Present, Single(text, "hypertension").Assertion);
        Assert.Equal(Assertion.Historical, Single(text, "MI").Assertion);
    }

    [Fact]
    public void Condition_ruled_out_by_a_test_is_negated_and_the_test_is_present()
    {
        const string text = "Cholecystitis ruled out by RUQ ultrasound.";
        Assert.Equal(Assertion.Negated, Single(text, "Cholecystitis").Assertion);
        Assert.Equal(Assertion.Present, Single(text, "RUQ ultrasound").Assertion);
    }

    [Fact]
    public void Test_with_a_negative_result_was_done()
    {
        Assert.Equal(Assertion.Present, Single("Initial workup: head CT negative.", "head CT").Assertion);
        Assert.Equal(Assertion.Negated, Single("No prior colonoscopy.", "colonoscopy").Assertion);
    }

    [Fact]
    public void Notes_is_not_a_negation()
    {
        Assert.Equal(Assertion.Present, Single("Also notes photophobia and nausea.", "photophobia").Assertion);
        Assert.Equal(Assertion.Present, Single("Bilateral edema noted.", "edema").Assertion);
    }

    [Fact]
    public void Home_medications_are_present_and_stopped_ones_historical()
    {
        const string text = "Home meds: aspirin 81 mg PO daily\nPreviously on Coumadin (stopped 2022 after GI bleed).";
        Assert.Equal(Assertion.Present, Single(text, "aspirin").Assertion);
        Assert.Equal(Assertion.Historical, Single(text, "Coumadin").Assertion);
        Assert.Equal(Assertion.Historical, Single("Discontinued: metformin", "metformin").Assertion);
    }

    [Fact]
    public void Family_history_list_below_its_header_is_family()
    {
        const string text = "Family history:\n- diabetes\n- breast cancer";
        Assert.Equal(Assertion.Family, Single(text, "diabetes").Assertion);
        Assert.Equal(Assertion.Family, Single(text, "breast cancer").Assertion);
    }

    [Fact]
    public void Nonsmoker_is_negated_tobacco_use()
    {
        var entity = Single("Social: nonsmoker, no alcohol.", "nonsmoker");
        Assert.Equal("tobacco use", entity.Concept);
        Assert.Equal(Assertion.Negated, entity.Assertion);
    }

    [Fact]
    public void Mentions_of_one_concept_can_carry_different_assertions()
    {
        var entities = Extract("Prior pancreatitis (2021). Diagnosed with pancreatitis.").Where(e => e.Concept == "pancreatitis").ToList();
        Assert.Equal([Assertion.Historical, Assertion.Present], entities.Select(e => e.Assertion));
    }

    [Fact]
    public void A_symptom_after_a_history_list_is_current()
    {
        const string text = "Pt w/ hx COPD, SOB at rest, sats 84% RA";
        Assert.Equal(Assertion.Present, Single(text, "SOB").Assertion);
        Assert.Equal(Assertion.Present, Single(text, "84").Assertion);
    }

    [Fact]
    public void A_drug_after_a_procedure_history_is_a_current_medication()
    {
        Assert.Equal(Assertion.Present, Single("h/o CAD s/p stents x2, on plavix and asa.", "plavix").Assertion);
    }

    [Fact]
    public void A_chronic_problem_next_to_a_year_stays_present_unless_it_is_over()
    {
        const string text = "PMH: pneumonia 2019, HTN, DM. Smoker, quit in 2010.";
        Assert.Equal(Assertion.Historical, Single(text, "pneumonia").Assertion);
        Assert.Equal(Assertion.Present, Single(text, "HTN").Assertion);
        Assert.Equal(Assertion.Historical, Single(text, "Smoker").Assertion);
    }
}
