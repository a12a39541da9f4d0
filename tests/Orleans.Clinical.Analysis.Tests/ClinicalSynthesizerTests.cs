namespace Orleans.Clinical.Analysis.Tests;

public sealed class ClinicalSynthesizerTests
{
    private static ClinicalEntity Entity(string concept, EntityCategory category, Assertion assertion) =>
        new(category, concept, 0, concept.Length, concept, null, assertion, 0.9);

    [Fact]
    public void The_synthesis_names_findings_pertinent_negatives_the_leading_diagnosis_and_failed_stages()
    {
        var entities = new EntityExtraction(
        [
            Entity("cough", EntityCategory.Symptom, Assertion.Present),
            Entity("fever", EntityCategory.Symptom, Assertion.Present),
            Entity("chest pain", EntityCategory.Symptom, Assertion.Negated),
        ]);
        var differential = new DifferentialResult(
            [new DifferentialItem("community-acquired pneumonia", "J18.9", 0.42, ["cough", "fever"], [], Triage.NonEmergent),
             new DifferentialItem("pulmonary embolism", "I26.99", 0.08, [], ["no chest pain"], Triage.Emergent)],
            0.3, 0.55, Triage.Emergent, ["Fever with cough favours infection."]);
        var input = new SynthesisInput("cough and fever, denies chest pain", entities, null, differential, ["literature_search"]);

        var synthesis = new ClinicalSynthesizer().Synthesize(input);

        Assert.Contains("cough", synthesis.KeyFindings);
        Assert.Contains("no chest pain (pertinent negative)", synthesis.KeyFindings);
        Assert.Contains(synthesis.ClinicalConsiderations, c => c.Contains("community-acquired pneumonia (42%)", StringComparison.Ordinal));
        Assert.Contains(synthesis.ClinicalConsiderations, c => c.StartsWith("Must not miss: pulmonary embolism", StringComparison.Ordinal));
        Assert.Contains(synthesis.ClinicalConsiderations, c => c.Contains("literature search", StringComparison.Ordinal));
        Assert.Contains("0.55", synthesis.UncertaintyQuantification);
        Assert.Contains("Not analysed: literature_search", synthesis.Content);
    }

    [Fact]
    public void Without_findings_the_synthesis_asks_for_the_presenting_complaint()
    {
        var synthesis = new ClinicalSynthesizer().Synthesize(new SynthesisInput("hello", EntityExtraction.Empty, EvidenceResult.Empty, null, []));

        Assert.Contains(synthesis.ClinicalConsiderations, c => c.Contains("presenting complaint", StringComparison.Ordinal));
        Assert.Equal("No matching guideline statements were found in the offline evidence corpus.", synthesis.EvidenceSummary);
    }
}
