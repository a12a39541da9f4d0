using System.Globalization;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Grains.Pipeline;

/// <summary>Turns the analysis stages' results into the protocol's frames.</summary>
public static class EventMapping
{
    public static PhiRedacted ToEvent(DeidentifiedText deidentified) => new()
    {
        PhiTypes = deidentified.PhiTypes,
        RedactedText = deidentified.RedactedText,
        Redactions = deidentified.Redactions.Select(r => new RedactionInfo(r.Type, r.Start, r.End, r.Replacement)).ToArray(),
        Message = $"Protected health information was found and replaced ({string.Join(", ", deidentified.PhiTypes)}). "
            + "Only the redacted text is stored and analysed.",
    };

    public static EmergencyDetected ToEvent(EmergencyAssessment emergency) => new()
    {
        EmergencyType = emergency.Category ?? EmergencyCategories.Cardiac,
        Findings = emergency.Findings.Select(f => new EmergencyEvidence(f.Text, f.Start, f.End, f.Kind)).ToArray(),
        Content = string.IsNullOrWhiteSpace(emergency.Summary)
            ? $"Possible {emergency.Category} emergency. Immediate clinical assessment is required."
            : emergency.Summary,
    };

    public static EntitiesExtracted ToEvent(EntityExtraction extraction, IReadOnlySet<string> knownConcepts)
    {
        var entities = extraction.Entities;
        var counts = entities.GroupBy(e => e.Category).Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}");
        var abnormal = entities.Any(e => e.Abnormal == true);
        return new EntitiesExtracted
        {
            Priority = abnormal ? "high" : "normal",
            Confidence = entities.Count == 0 ? 0 : Math.Round(entities.Average(e => e.Confidence), 3),
            Content = entities.Count == 0
                ? "No clinical entities recognised in this input."
                : $"Extracted {entities.Count} clinical entities: {string.Join(", ", counts)}.",
            Entities = new EntityGroups
            {
                Symptoms = Mentions(extraction, EntityCategory.Symptom),
                Conditions = Mentions(extraction, EntityCategory.Condition),
                Medications = Mentions(extraction, EntityCategory.Medication),
                Vitals = Mentions(extraction, EntityCategory.Vital),
                Allergies = Mentions(extraction, EntityCategory.Allergy),
                Procedures = Mentions(extraction, EntityCategory.Procedure),
                Labs = Mentions(extraction, EntityCategory.Lab),
            },
            NewConcepts = entities.Select(e => e.Concept).Distinct(StringComparer.Ordinal).Where(c => !knownConcepts.Contains(c)).ToArray(),
        };
    }

    public static EvidenceFound ToEvent(EvidenceResult evidence) => new()
    {
        FindingsCount = evidence.FindingsCount,
        EvidenceQuality = evidence.EvidenceQuality,
        TopFindings = evidence.TopFindings
            .Select(f => new EvidenceSummary(f.Title, f.Source, f.Year, f.EvidenceLevel, f.Summary, f.Url))
            .ToArray(),
        Content = evidence.FindingsCount == 0
            ? "No matching guideline statements found."
            : $"{evidence.FindingsCount} guideline statement(s) found; overall evidence quality {evidence.EvidenceQuality.Replace('_', ' ')}.",
    };

    public static DifferentialRanked ToEvent(DifferentialResult differential, IReadOnlyList<DifferentialConsideration> previous)
    {
        var considerations = differential.Items
            .Select(i => new DifferentialConsideration(i.Condition, i.Code, Math.Round(i.Probability, 4), i.Supporting, i.Against, i.Triage))
            .ToArray();
        return new DifferentialRanked
        {
            ReasoningSteps = differential.ReasoningSteps,
            DifferentialConsiderations = considerations,
            UncertaintyLevel = Math.Round(differential.UncertaintyLevel, 3),
            Triage = differential.Triage,
            OtherProbability = Math.Round(differential.OtherProbability, 4),
            Changes = Changes(previous, considerations),
            Content = considerations.Length == 0
                ? "No condition in the knowledge base fits these findings well."
                : $"Leading consideration: {considerations[0].Condition} ({Percent(considerations[0].Probability)}); triage {differential.Triage.Replace('_', ' ')}.",
        };
    }

    public static SynthesisCompleted ToEvent(ClinicalSynthesis synthesis) => new()
    {
        Content = synthesis.Content,
        Synthesis = new SynthesisDetail
        {
            KeyFindings = synthesis.KeyFindings,
            ClinicalConsiderations = synthesis.ClinicalConsiderations,
            EvidenceSummary = synthesis.EvidenceSummary,
            UncertaintyQuantification = synthesis.UncertaintyQuantification,
        },
    };

    /// <summary>What moved since the previous differential of the session: new, dropped and re-weighted conditions.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyList<DifferentialConsideration> previous, IReadOnlyList<DifferentialConsideration> current)
    {
        if (previous.Count == 0)
        {
            return [];
        }

        var before = previous.ToDictionary(p => p.Condition, p => p.Probability, StringComparer.Ordinal);
        var after = current.ToDictionary(c => c.Condition, c => c.Probability, StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var item in current)
        {
            if (!before.TryGetValue(item.Condition, out var old))
            {
                changes.Add($"new: {item.Condition} ({Percent(item.Probability)})");
            }
            else if (Math.Abs(item.Probability - old) >= 0.05)
            {
                changes.Add($"{item.Condition} {(item.Probability > old ? "rose" : "fell")} from {Percent(old)} to {Percent(item.Probability)}");
            }
        }

        changes.AddRange(previous.Where(p => !after.ContainsKey(p.Condition)).Select(p => $"dropped: {p.Condition}"));
        return changes;
    }

    private static IReadOnlyList<EntityMention> Mentions(EntityExtraction extraction, EntityCategory category) =>
        extraction.Of(category).Select(Mention).ToArray();

    private static EntityMention Mention(ClinicalEntity e)
    {
        var code = e.Code is null ? null : new CodeRef(e.Code.System, e.Code.Code);
        var confidence = Math.Round(e.Confidence, 3);
        return e.Category switch
        {
            EntityCategory.Medication => new MedicationMention
            {
                Text = e.Text, Start = e.Start, End = e.End, Concept = e.Concept, Code = code, Assertion = e.Assertion.ToWire(),
                Confidence = confidence, Dose = e.Dose, Route = e.Route, Frequency = e.Frequency,
            },
            EntityCategory.Vital => new VitalMention
            {
                Text = e.Text, Start = e.Start, End = e.End, Concept = e.Concept, Code = code, Assertion = e.Assertion.ToWire(),
                Confidence = confidence, Name = e.VitalName ?? e.Concept, Value = e.Value, Unit = e.Unit, Abnormal = e.Abnormal ?? false,
            },
            _ => new EntityMention
            {
                Text = e.Text, Start = e.Start, End = e.End, Concept = e.Concept, Code = code, Assertion = e.Assertion.ToWire(),
                Confidence = confidence,
            },
        };
    }

    private static string Plural(EntityCategory category, int count)
    {
        var name = category.ToString().ToLowerInvariant();
        return count == 1 ? name : name + "s";
    }

    private static string Percent(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
