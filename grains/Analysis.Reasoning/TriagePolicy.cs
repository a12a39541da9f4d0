namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Triage from the most urgent plausible condition: every condition at or above the plausibility threshold
/// contributes its (escalated) level, and so does the leading condition; an emergent condition with one of its red flags present counts from a
/// lower probability; red-flag findings and vital signs that mean emergency care on their own make the case emergent; and when no
/// condition is plausible the case needs a clinician (never self-care by default).
/// </summary>
public sealed class TriagePolicy(KnowledgeBase kb, RankerOptions options)
{
    public TriageDecision Decide(ScoredCase scored)
    {
        var findings = scored.Findings;
        if (findings.EmergentSigns.Count > 0)
        {
            return new TriageDecision(Analysis.Triage.Emergent, "vital signs needing emergency care: " + string.Join(", ", findings.EmergentSigns));
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (kb.Findings[i].Emergent && findings.IsPresent(i))
            {
                return new TriageDecision(Analysis.Triage.Emergent, $"red flag {kb.Findings[i].Label}");
            }
        }

        var level = Analysis.Triage.SelfCare;
        var reason = "";
        var first = true;
        foreach (var c in scored.Ranked)
        {
            var p = scored.Probabilities[c];
            if (p < options.RedFlagProbability)
            {
                break;
            }

            var condition = kb.Conditions[c];
            var conditionLevel = condition.TriageFor(findings);
            // The leading condition always counts, however spread the distribution.
            var plausible = p >= options.PlausibleProbability || first;
            first = false;
            var redFlag = conditionLevel == Analysis.Triage.Emergent ? condition.PresentRedFlag(findings) : -1;
            if (!plausible && redFlag < 0)
            {
                continue;
            }

            if (reason.Length == 0 || Analysis.Triage.Rank(conditionLevel) > Analysis.Triage.Rank(level))
            {
                level = conditionLevel;
                reason = plausible
                    ? $"{condition.Name} is plausible ({p:P0}) and is {conditionLevel.Replace('_', '-')}"
                    : $"{condition.Name} cannot be excluded ({p:P0}) with red flag {kb.Findings[redFlag].Label}";
            }
        }

        if (reason.Length == 0)
        {
            return new TriageDecision(Analysis.Triage.NonEmergent, "no condition is clearly likely: needs a clinician's assessment");
        }

        return new TriageDecision(level, reason);
    }
}
