using System.Globalization;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Bayesian differential diagnosis with triage over the embedded knowledge base. Stateless after construction
/// and thread-safe; one instance serves every session.
/// </summary>
public sealed class DifferentialDiagnosis : IDifferentialDiagnosis
{
    private readonly KnowledgeBase kb;
    private readonly FindingDetector detector;
    private readonly BayesianRanker ranker;
    private readonly TriagePolicy triage;
    private readonly RankerOptions options;

    public DifferentialDiagnosis()
        : this(KnowledgeBase.Default, RankerOptions.Default)
    {
    }

    public DifferentialDiagnosis(KnowledgeBase kb, RankerOptions options)
    {
        this.kb = kb;
        this.options = options;
        detector = new FindingDetector(kb);
        ranker = new BayesianRanker(kb, options);
        triage = new TriagePolicy(kb, options);
    }

    public KnowledgeBase KnowledgeBase => kb;

    public DifferentialResult Rank(ClinicalCase clinicalCase)
    {
        if (clinicalCase is null || clinicalCase.Texts.Count == 0)
        {
            return DifferentialResult.Empty;
        }

        var findings = detector.Detect(clinicalCase);
        if (findings.PresentCount == 0 && findings.EmergentSigns.Count == 0)
        {
            return DifferentialResult.Empty;
        }

        return Rank(ranker.Score(findings));
    }

    /// <summary>The findings read from a case (for explanation and tests).</summary>
    public CaseFindings Detect(ClinicalCase clinicalCase) => detector.Detect(clinicalCase);

    private DifferentialResult Rank(ScoredCase scored)
    {
        var findings = scored.Findings;
        var items = new List<DifferentialItem>(options.MaxItems);
        foreach (var c in scored.Ranked)
        {
            var p = scored.Probabilities[c];
            if (items.Count == options.MaxItems || p < options.MinItemProbability)
            {
                break;
            }

            var condition = kb.Conditions[c];
            var (supporting, against) = Explanations.For(kb, condition, findings);
            items.Add(new DifferentialItem(condition.Name, condition.Icd10, Math.Round(p, 4), supporting, against, condition.TriageFor(findings)));
        }

        var listed = items.Sum(i => i.Probability);
        var other = Math.Max(0, Math.Round(1 - listed, 4));
        var decision = triage.Decide(scored);
        return new DifferentialResult(items, other, Uncertainty(items, other), decision.Level, Steps(scored, items, decision));
    }

    /// <summary>Normalised entropy of the returned items plus the remaining mass (0 = certain, 1 = uniform).</summary>
    private static double Uncertainty(List<DifferentialItem> items, double other)
    {
        if (items.Count == 0)
        {
            return 1.0;
        }

        var entropy = 0.0;
        foreach (var p in items.Select(i => i.Probability).Append(other))
        {
            if (p > 0) entropy -= p * Math.Log(p);
        }

        return Math.Round(Math.Clamp(entropy / Math.Log(items.Count + 1), 0, 1), 3);
    }

    private List<string> Steps(ScoredCase scored, List<DifferentialItem> items, TriageDecision decision)
    {
        var f = scored.Findings;
        var steps = new List<string> { $"Patient: {f.Demographics}." };
        var present = new List<string>();
        var absent = new List<string>();
        for (var i = 0; i < f.Count; i++)
        {
            if (f.IsPresent(i)) present.Add(kb.Findings[i].Label);
            else if (f.IsAbsent(i)) absent.Add(kb.Findings[i].Label);
        }

        steps.Add($"Findings present: {Join(present, 12)}.");
        if (absent.Count > 0)
        {
            steps.Add($"Pertinent negatives: {Join(absent, 10)}.");
        }

        if (items.Count > 0)
        {
            var top = items[0];
            var drivers = top.Supporting.Count > 0 ? " driven by " + string.Join(", ", top.Supporting.Take(3)) : "";
            steps.Add($"Most likely: {top.Condition} ({Percent(top.Probability)}){drivers}.");
            if (items.Count > 1)
            {
                steps.Add("Also considered: " + string.Join(", ", items.Skip(1).Take(4).Select(i => $"{i.Condition} ({Percent(i.Probability)})")) + ".");
            }
        }

        var mustExclude = scored.Ranked.Take(30)
            .Where(c => scored.Probabilities[c] >= 0.01 && kb.Conditions[c].TriageFor(f) == Analysis.Triage.Emergent)
            .Where(c => items.Count == 0 || kb.Conditions[c].Name != items[0].Condition)
            .Take(3)
            .Select(c => $"{kb.Conditions[c].Name} ({Percent(scored.Probabilities[c])})")
            .ToArray();
        if (mustExclude.Length > 0)
        {
            steps.Add("Dangerous diagnoses to exclude: " + string.Join(", ", mustExclude) + ".");
        }

        steps.Add($"Triage {decision.Level}: {decision.Reason}.");
        return steps;
    }

    private static string Join(List<string> labels, int max) =>
        labels.Count == 0 ? "none recognised" : string.Join(", ", labels.Take(max)) + (labels.Count > max ? $" and {labels.Count - max} more" : "");

    private static string Percent(double p) => p.ToString("P0", CultureInfo.InvariantCulture);
}
