namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Naive-Bayes ranking in log-odds: log prior (age- and sex-adjusted) plus the log likelihood ratio of every
/// finding the case mentions (LR+ when present, LR- when explicitly absent, nothing when unmentioned),
/// normalised together with an explicit "other" so that the probabilities sum to 1 with other included.
/// </summary>
public sealed class BayesianRanker(KnowledgeBase kb, RankerOptions options)
{
    public ScoredCase Score(CaseFindings findings)
    {
        var conditions = kb.Conditions;
        var logits = new double[conditions.Count];
        var eligible = new bool[conditions.Count];
        var priorSum = 0.0;
        var maxLogit = double.NegativeInfinity;
        var presentInformative = PresentInformative(findings);
        for (var c = 0; c < conditions.Count; c++)
        {
            var condition = conditions[c];
            if (!condition.IsEligible(findings.Demographics, findings))
            {
                continue;
            }

            var prior = condition.PriorFor(findings.Demographics);
            if (prior <= 0)
            {
                continue;
            }

            eligible[c] = true;
            priorSum += prior;
            logits[c] = Math.Log(prior) + LogLikelihood(condition, findings, presentInformative);
            maxLogit = Math.Max(maxLogit, logits[c]);
        }

        // "Other" explains no finding in particular, so it pays the same price as a condition for every
        // strongly diagnostic finding present: it wins only when nothing in the knowledge base fits.
        var otherLogit = (priorSum > 0 ? Math.Log(priorSum * options.OtherPriorFraction) : 0)
            + presentInformative * Math.Log(options.UnexplainedFindingLr);
        maxLogit = Math.Max(maxLogit, otherLogit);
        var probabilities = new double[conditions.Count];
        var total = Math.Exp(otherLogit - maxLogit);
        for (var c = 0; c < conditions.Count; c++)
        {
            if (eligible[c])
            {
                probabilities[c] = Math.Exp(logits[c] - maxLogit);
                total += probabilities[c];
            }
        }

        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] /= total;
        }

        var other = Math.Exp(otherLogit - maxLogit) / total;
        var ranked = Enumerable.Range(0, conditions.Count)
            .Where(c => eligible[c])
            .OrderByDescending(c => probabilities[c])
            .ThenBy(c => c)
            .ToArray();
        return new ScoredCase(findings, probabilities, other, ranked);
    }

    /// <summary>Sum of log likelihood ratios for a condition, clamped per finding and in total.</summary>
    public double LogLikelihood(Condition condition, CaseFindings findings) =>
        LogLikelihood(condition, findings, PresentInformative(findings));

    private double LogLikelihood(Condition condition, CaseFindings findings, int presentInformative)
    {
        var maxSingle = Math.Log(options.MaxSingleLr);
        var informative = kb.Informative;
        var sum = 0.0;
        var explained = 0;
        foreach (var row in condition.Rows)
        {
            if (findings.IsPresent(row.Finding))
            {
                sum += Math.Clamp(Math.Log(row.PositiveLr), -maxSingle, maxSingle);
                if (informative[row.Finding]) explained++;
            }
            else if (findings.IsAbsent(row.Finding))
            {
                sum += Math.Clamp(Math.Log(row.NegativeLr), -maxSingle, maxSingle);
            }
        }

        sum += (presentInformative - explained) * Math.Log(options.UnexplainedFindingLr);
        var maxTotal = Math.Log(options.MaxTotalLr);
        return Math.Clamp(sum, -maxTotal, maxTotal);
    }

    private int PresentInformative(CaseFindings findings)
    {
        var n = 0;
        for (var f = 0; f < findings.Count; f++)
        {
            if (kb.Informative[f] && findings.IsPresent(f)) n++;
        }

        return n;
    }
}
