using static Orleans.Clinical.Analysis.Entities.Tests.ExtractorAssertions;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed class EntityCategoryTests
{
    [Theory]
    [InlineData("Patient reports chest pain since this morning.", "chest pain", EntityCategory.Symptom, "chest pain")]
    [InlineData("PMH: hypertension and COPD.", "hypertension", EntityCategory.Condition, "hypertension")]
    [InlineData("Taking metoprolol at home.", "metoprolol", EntityCategory.Medication, "metoprolol")]
    [InlineData("Allergies: latex", "latex", EntityCategory.Allergy, "latex")]
    [InlineData("s/p colonoscopy last spring.", "colonoscopy", EntityCategory.Procedure, "colonoscopy")]
    [InlineData("Labs: lipase elevated.", "lipase", EntityCategory.Lab, "lipase")]
    [InlineData("Former smoker, quit in 2010.", "smoker", EntityCategory.Condition, "tobacco use")]
    public void Each_category_is_extracted_with_its_concept(string text, string surface, EntityCategory category, string concept)
    {
        var entity = Single(text, surface);
        Assert.Equal(category, entity.Category);
        Assert.Equal(concept, entity.Concept);
    }

    [Theory]
    [InlineData("Pt with SOB and CP.", "SOB", "dyspnea")]
    [InlineData("Pt with SOB and CP.", "CP", "chest pain")]
    [InlineData("History of MI and CHF.", "MI", "myocardial infarction")]
    [InlineData("History of MI and CHF.", "CHF", "heart failure")]
    [InlineData("PMH: DM2, HTN, AFib, CKD, ESRD, GERD, OSA.", "AFib", "atrial fibrillation")]
    [InlineData("PMH: DM2, HTN, AFib, CKD, ESRD, GERD, OSA.", "DM2", "type 2 diabetes mellitus")]
    [InlineData("Concern for PE vs pneumonia.", "PE", "pulmonary embolism")]
    [InlineData("Hx of TIA and PAD.", "PAD", "peripheral artery disease")]
    [InlineData("Labs: K 3.1, Na 131, Cr 1.9.", "K", "potassium")]
    [InlineData("Labs: K 3.1, Na 131, Cr 1.9.", "Cr", "creatinine")]
    public void Abbreviations_map_to_their_concepts(string text, string surface, string concept) =>
        Assert.Equal(concept, Single(text, surface).Concept);

    [Theory]
    [InlineData("On Lasix 40 mg PO daily.", "Lasix", "furosemide")]
    [InlineData("Takes Eliquis 5 mg BID.", "Eliquis", "apixaban")]
    [InlineData("Given Zofran 4 mg IV.", "Zofran", "ondansetron")]
    [InlineData("Continue Synthroid.", "Synthroid", "levothyroxine")]
    public void Brand_names_map_to_the_generic(string text, string surface, string concept) =>
        Assert.Equal(concept, Single(text, surface).Concept);

    [Theory]
    [InlineData("I can't catch my breath since last night", "can't catch my breath", "dyspnea")]
    [InlineData("my stomach hurts and I threw up twice", "stomach hurts", "abdominal pain")]
    [InlineData("my stomach hurts and I threw up twice", "threw up", "vomiting")]
    [InlineData("he passed out at dinner", "passed out", "syncope")]
    [InlineData("she had a heart attack in 2015", "heart attack", "myocardial infarction")]
    public void Lay_phrases_are_one_span_with_the_clinical_concept(string text, string surface, string concept) =>
        Assert.Equal(concept, Single(text, surface).Concept);

    [Theory]
    [InlineData("Took asprin this morning.", "asprin", "aspirin")]
    [InlineData("Has hypertention.", "hypertention", "hypertension")]
    [InlineData("Reports nausia.", "nausia", "nausea")]
    [InlineData("Complains of diarhea.", "diarhea", "diarrhea")]
    [InlineData("Known pnuemonia.", "pnuemonia", "pneumonia")]
    public void Misspellings_keep_the_written_form_and_map_to_the_concept(string text, string surface, string concept)
    {
        var entity = Single(text, surface);
        Assert.Equal(concept, entity.Concept);
        Assert.True(entity.Confidence < 0.9);
    }

    [Theory]
    [InlineData("She was sobbing in the waiting room.", "dyspnea")]
    [InlineData("Lives on Copdale Road near the capstone.", "chronic obstructive pulmonary disease")]
    [InlineData("Hematology clinic next week.", "hematuria")]
    [InlineData("Uses a heating pad for comfort.", "peripheral artery disease")]
    [InlineData("The pe teacher called.", "pulmonary embolism")]
    [InlineData("Prescription refilled; temperament calm.", "body temperature")]
    [InlineData("Tender to palpation over the sternum.", "palpitations")]
    [InlineData("Stroke of luck, I found the keys.", "stroke")]
    public void Nothing_is_matched_inside_other_words_or_lower_case_look_alikes(string text, string absentConcept) =>
        Assert.DoesNotContain(Extract(text), e => e.Concept == absentConcept);

    [Fact]
    public void Word_parts_do_not_match_abbreviations()
    {
        var entities = Extract("Spencer promised to upgrade the compass app; Mike has a CAPE and a SOBER friend.");
        Assert.Empty(entities);
    }

    [Fact]
    public void Codes_are_attached_in_the_right_terminology()
    {
        var entities = Extract("HTN on lisinopril 10 mg daily. Troponin and BMP sent. BP 150/90. Allergies: penicillin");
        Assert.Equal(ClinicalCode.Icd10Cm, entities.Single(e => e.Text == "HTN").Code?.System);
        Assert.Equal(new ClinicalCode(ClinicalCode.RxNorm, "29046"), entities.Single(e => e.Text == "lisinopril").Code);
        Assert.Equal(new ClinicalCode(ClinicalCode.Loinc, "51990-0"), entities.Single(e => e.Text == "BMP").Code);
        Assert.Equal(new ClinicalCode(ClinicalCode.Loinc, "8480-6"), entities.Single(e => e.Text == "150").Code);
        Assert.Equal(new ClinicalCode(ClinicalCode.Icd10Cm, "Z88.0"), entities.Single(e => e.Text == "penicillin").Code);
    }

    [Fact]
    public void Drug_in_an_allergy_statement_is_an_allergy_not_a_medication()
    {
        var allergy = Single("She is allergic to amoxicillin and takes ibuprofen.", "amoxicillin");
        var medication = Single("She is allergic to amoxicillin and takes ibuprofen.", "ibuprofen");
        Assert.Equal(EntityCategory.Allergy, allergy.Category);
        Assert.Equal(EntityCategory.Medication, medication.Category);
        Assert.Equal(EntityCategory.Allergy, Single("PCN allergy noted on chart.", "PCN").Category);
    }

    [Fact]
    public void Allergen_words_outside_an_allergy_statement_are_not_entities()
    {
        Assert.DoesNotContain(Extract("CT abdomen with contrast showed a stone. She ate shellfish for dinner."),
            e => e.Category == EntityCategory.Allergy);
    }

    [Fact]
    public void Nkda_is_a_negated_drug_allergy()
    {
        var entity = Single("Allergies: NKDA", "NKDA");
        Assert.Equal(EntityCategory.Allergy, entity.Category);
        Assert.Equal("drug allergy", entity.Concept);
        Assert.Equal(Assertion.Negated, entity.Assertion);
        Assert.Equal(Assertion.Negated, Single("No known drug allergies.", "drug allergies").Assertion);
    }
}
