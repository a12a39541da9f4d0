using System.Globalization;
using System.Text;

namespace Orleans.Clinical.Analysis;

/// <summary>
/// Writes the closing synthesis from the earlier stages' results: the present and pertinent negative
/// findings, what to consider next (red flags, dangerous diagnoses to exclude, what to ask or examine),
/// the evidence found, and how uncertain the picture is. Deterministic and offline.
/// </summary>
public sealed class ClinicalSynthesizer : IClinicalSynthesizer
{
    private const int MaxListed = 8;

    public ClinicalSynthesis Synthesize(SynthesisInput input)
    {
        var current = input.Entities?.Entities ?? [];
        var present = Distinct(current.Where(e => e.Assertion == Assertion.Present && e.Category != EntityCategory.Vital));
        var negated = Distinct(current.Where(e => e.Assertion == Assertion.Negated));
        var history = Distinct(current.Where(e => e.Assertion is Assertion.Historical or Assertion.Family));
        var abnormalVitals = current
            .Where(e => e.Category == EntityCategory.Vital && e.Abnormal == true)
            .Select(e => $"{e.Concept} {FormatValue(e.Value)}{(e.Unit is null ? "" : " " + e.Unit)} (abnormal)")
            .Distinct()
            .ToArray();
        var carried = Distinct(input.PriorEntities.Where(e => e.Assertion == Assertion.Present && e.Category != EntityCategory.Vital))
            .Except(present)
            .ToArray();

        var keyFindings = new List<string>();
        keyFindings.AddRange(present.Take(MaxListed).Select(c => c));
        keyFindings.AddRange(abnormalVitals);
        keyFindings.AddRange(negated.Take(MaxListed).Select(c => $"no {c} (pertinent negative)"));
        keyFindings.AddRange(history.Take(MaxListed).Select(c => $"{c} (history)"));
        keyFindings.AddRange(carried.Take(MaxListed).Select(c => $"{c} (from earlier in this session)"));

        var considerations = new List<string>();
        var differential = input.Differential;
        if (differential is { Items.Count: > 0 })
        {
            var leading = differential.Items[0];
            considerations.Add($"Leading consideration: {leading.Condition} ({Percent(leading.Probability)}).");
            foreach (var dangerous in differential.Items.Where(i => i.Triage == Triage.Emergent && i.Probability >= 0.05).Take(3))
            {
                considerations.Add($"Must not miss: {dangerous.Condition} ({Percent(dangerous.Probability)}); exclude it before discharge.");
            }

            foreach (var step in differential.ReasoningSteps.Take(3))
            {
                considerations.Add(step);
            }

            considerations.Add(differential.Triage switch
            {
                Triage.Emergent => "Triage: emergent; arrange emergency assessment now.",
                Triage.NonEmergent => "Triage: non-emergent; clinician review within days, sooner if worse.",
                _ => "Triage: self-care is reasonable with safety-netting advice.",
            });
        }
        else if (present.Count > 0)
        {
            considerations.Add("Too few findings for a ranked differential; document onset, duration, severity and associated symptoms.");
        }
        else
        {
            considerations.Add("No clinical findings recognised in this input; add the presenting complaint, history and vital signs.");
        }

        if (negated.Count > 0)
        {
            considerations.Add($"Pertinent negatives recorded: {string.Join(", ", negated.Take(MaxListed))}.");
        }

        foreach (var stage in input.FailedStages)
        {
            considerations.Add($"The {stage.Replace('_', ' ')} stage could not be completed for this input; its results are missing from this synthesis.");
        }

        var evidenceSummary = input.Evidence switch
        {
            null => "Evidence search was not available for this input.",
            { FindingsCount: 0 } => "No matching guideline statements were found in the offline evidence corpus.",
            var evidence => $"{evidence.FindingsCount} guideline statement(s) found, overall quality {evidence.EvidenceQuality.Replace('_', ' ')}; top: "
                + string.Join("; ", evidence.TopFindings.Take(3).Select(f => $"{f.Source} {f.Title} ({f.Year}, {f.EvidenceLevel})")) + ".",
        };

        var uncertainty = differential is null
            ? "Uncertainty not quantified: no differential was ranked for this input."
            : $"Uncertainty level {differential.UncertaintyLevel.ToString("0.00", CultureInfo.InvariantCulture)} (0 = certain, 1 = uninformative); "
              + $"{Percent(differential.OtherProbability)} of the probability lies outside the listed conditions.";

        var content = new StringBuilder();
        content.Append(present.Count == 0 && abnormalVitals.Length == 0
            ? "No present findings recognised"
            : "Findings: " + string.Join(", ", present.Take(MaxListed).Concat(abnormalVitals)));
        if (negated.Count > 0)
        {
            content.Append("; denies ").Append(string.Join(", ", negated.Take(MaxListed)));
        }

        content.Append('.');
        if (differential is { Items.Count: > 0 })
        {
            content.Append(" Differential led by ").Append(differential.Items[0].Condition)
                .Append(" (").Append(Percent(differential.Items[0].Probability)).Append("); triage ")
                .Append(differential.Triage.Replace('_', ' ')).Append('.');
        }

        if (input.FailedStages.Count > 0)
        {
            content.Append(" Not analysed: ").Append(string.Join(", ", input.FailedStages)).Append('.');
        }

        return new ClinicalSynthesis(content.ToString(), keyFindings, considerations, evidenceSummary, uncertainty);
    }

    private static List<string> Distinct(IEnumerable<ClinicalEntity> entities) =>
        entities.Select(e => e.Concept).Distinct(StringComparer.Ordinal).ToList();

    private static string Percent(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string FormatValue(double? value) =>
        value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
