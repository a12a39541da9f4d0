namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// One condition of the knowledge base. <see cref="Prior"/> is a relative frequency per 10,000 undifferentiated
/// presentations, adjusted by <see cref="AgeWeights"/> and <see cref="SexWeights"/>; <see cref="MinAge"/>,
/// <see cref="MaxAge"/> and <see cref="Sex"/> exclude it outright, and <see cref="Requires"/> (any one) gates it.
/// </summary>
public sealed record Condition(
    int Index,
    string Name,
    IReadOnlyList<string> Synonyms,
    string Icd10,
    string System,
    double Prior,
    double? MinAge,
    double? MaxAge,
    char? Sex,
    IReadOnlyList<AgeWeight> AgeWeights,
    double FemaleWeight,
    double MaleWeight,
    IReadOnlyList<int> Requires,
    string Triage,
    IReadOnlyList<TriageEscalation> Escalations,
    IReadOnlyList<int> RedFlags,
    string Source,
    IReadOnlyList<LikelihoodRow> Rows)
{
    /// <summary>True when the condition is possible at all for this patient.</summary>
    public bool IsEligible(Demographics demographics, CaseFindings findings)
    {
        if (demographics.AgeYears is { } age && (age < (MinAge ?? 0) || age >= (MaxAge ?? double.MaxValue)))
        {
            return false;
        }

        if (Sex is { } sex && demographics.Sex is { } patientSex && sex != patientSex)
        {
            return false;
        }

        if (Requires.Count == 0)
        {
            return true;
        }

        foreach (var finding in Requires)
        {
            if (findings.IsPresent(finding))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prior weight for this patient (unknown sex halves a sex-specific condition).</summary>
    public double PriorFor(Demographics demographics)
    {
        var prior = Prior;
        if (demographics.AgeYears is { } age)
        {
            foreach (var weight in AgeWeights)
            {
                if (age >= weight.MinYears && age < weight.MaxYears)
                {
                    prior *= weight.Factor;
                    break;
                }
            }
        }

        prior *= demographics.Sex switch
        {
            'F' => FemaleWeight,
            'M' => MaleWeight,
            _ => Sex is null ? 1.0 : 0.5,
        };
        return prior;
    }

    /// <summary>The triage level for this case: the base level raised by any escalation whose finding is present.</summary>
    public string TriageFor(CaseFindings findings)
    {
        var level = Triage;
        foreach (var escalation in Escalations)
        {
            if (Analysis.Triage.Rank(escalation.To) <= Analysis.Triage.Rank(level))
            {
                continue;
            }

            foreach (var finding in escalation.AnyOf)
            {
                if (findings.IsPresent(finding))
                {
                    level = escalation.To;
                    break;
                }
            }
        }

        return level;
    }

    /// <summary>The first of this condition's red flags present in the case, or -1.</summary>
    public int PresentRedFlag(CaseFindings findings)
    {
        foreach (var finding in RedFlags)
        {
            if (findings.IsPresent(finding))
            {
                return finding;
            }
        }

        return -1;
    }
}
