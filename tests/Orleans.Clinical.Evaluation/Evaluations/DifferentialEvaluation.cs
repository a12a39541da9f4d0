using System.Diagnostics;
using System.Globalization;
using System.Text;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Entities;
using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Evaluation.Evaluations;

/// <summary>
/// Differential diagnosis and triage on ddx.jsonl: top-1 and top-3 accuracy (a prediction matches when the
/// condition's name, or one of its synonyms, equals the gold diagnosis or an acceptable answer after
/// normalising case, punctuation and whitespace), triage accuracy overall and per gold level, emergent-case
/// triage, under- and over-triage, with the symptom-checker figures of Semigran et al. (BMJ 2015;351:h3480)
/// beside ours. Runs text-only (the ratchet figures) and with the entity extractor's output (the pipeline).
/// </summary>
public sealed class DifferentialEvaluation : IEvaluation
{
    public string Name => "ddx";

    public EvaluationReport Run(string dataDirectory)
    {
        var items = EvaluationData.ReadJsonLines<DdxItem>(dataDirectory, "ddx.jsonl");
        var ddx = new DifferentialDiagnosis();
        ddx.Rank(new ClinicalCase(["warm up: 58M crushing chest pain, HR 110"], []));
        var textOnly = Score(items, ddx, null);
        var pipeline = Score(items, ddx, EntityExtractor.Default);

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        textOnly.AddTo(metrics, "");
        pipeline.AddTo(metrics, "pipeline_");
        metrics["conditions"] = ddx.KnowledgeBase.Conditions.Count;

        var table = new StringBuilder();
        table.AppendLine($"{items.Count} vignettes, {ddx.KnowledgeBase.Conditions.Count} conditions, {ddx.KnowledgeBase.Findings.Count} findings in the knowledge base.");
        table.AppendLine();
        table.AppendLine("| metric | ours (text only) | ours (with entities) | Semigran 2015 symptom checkers |");
        table.AppendLine("| --- | --- | --- | --- |");
        Row(table, "top-1 diagnosis", textOnly.Top1, pipeline.Top1, "0.34");
        Row(table, "top-3 diagnosis", textOnly.Top3, pipeline.Top3, "0.51");
        Row(table, "triage accuracy", textOnly.Triage, pipeline.Triage, "0.57");
        Row(table, "emergent cases triaged emergent", textOnly.EmergentTriage, pipeline.EmergentTriage, "0.80");
        foreach (var level in new[] { Triage.Emergent, Triage.NonEmergent, Triage.SelfCare })
        {
            Row(table, $"triage accuracy, gold {level}", textOnly.TriageByLevel(level), pipeline.TriageByLevel(level), "");
        }

        table.AppendLine($"| under-triaged cases | {textOnly.UnderTriage} | {pipeline.UnderTriage} | |");
        table.AppendLine($"| over-triaged cases | {textOnly.OverTriage} | {pipeline.OverTriage} | |");
        table.AppendLine($"| median ms per case (rank only / extract + rank) | {F(textOnly.MedianMs)} | {F(pipeline.MedianMs)} | |");
        table.AppendLine();
        table.AppendLine("Misses (text only): id, gold diagnosis / triage, our top 3 / triage");
        table.Append(textOnly.Misses);
        return new EvaluationReport(Name, metrics, table.ToString());
    }

    private static Result Score(IReadOnlyList<DdxItem> items, DifferentialDiagnosis ddx, IEntityExtractor? extractor)
    {
        var result = new Result();
        var names = ddx.KnowledgeBase.Conditions.ToDictionary(
            c => c.Name, c => c.Synonyms.Prepend(c.Name).Select(Normalise).ToArray(), StringComparer.Ordinal);
        List<double> times = [];
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            var entities = extractor?.Extract(item.Text).Entities ?? [];
            var ranked = ddx.Rank(new ClinicalCase([item.Text], entities));
            times.Add(clock.Elapsed.TotalMilliseconds);

            var gold = item.Acceptable.Append(item.Diagnosis).Select(Normalise).ToHashSet(StringComparer.Ordinal);
            var hit = ranked.Items.Select((x, i) => (x, i))
                .FirstOrDefault(p => names.TryGetValue(p.x.Condition, out var n) && n.Any(gold.Contains), (null!, -1)).Item2;
            result.Add(item.Triage, ranked.Triage, hit);
            if (hit != 0 || ranked.Triage != item.Triage)
            {
                var top = string.Join("; ", ranked.Items.Take(3).Select(x => $"{x.Condition} {x.Probability:0.00}"));
                result.Misses.AppendLine($"- {item.Id}: {item.Diagnosis} / {item.Triage} -> {(hit < 0 ? "MISS" : "rank " + (hit + 1))}: {top} / {ranked.Triage}");
            }
        }

        times.Sort();
        result.MedianMs = times.Count == 0 ? 0 : times[times.Count / 2];
        return result;
    }

    private static void Row(StringBuilder table, string name, double a, double b, string semigran) =>
        table.AppendLine($"| {name} | {F(a)} | {F(b)} | {semigran} |");

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Lower case, punctuation to spaces, single spaces.</summary>
    public static string Normalise(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(ch);
                space = false;
            }
            else if (ch != '\'' && ch != '’')
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private sealed class Result
    {
        private readonly Dictionary<string, (int Total, int Correct)> byLevel = new(StringComparer.Ordinal);
        private int total, top1, top3, triageCorrect, emergentTotal, emergentCorrect;

        public StringBuilder Misses { get; } = new();

        public int UnderTriage { get; private set; }

        public int OverTriage { get; private set; }

        public double MedianMs { get; set; }

        public double Top1 => Ratio(top1, total);

        public double Top3 => Ratio(top3, total);

        public double Triage => Ratio(triageCorrect, total);

        public double EmergentTriage => Ratio(emergentCorrect, emergentTotal);

        public double TriageByLevel(string level) =>
            byLevel.TryGetValue(level, out var x) ? Ratio(x.Correct, x.Total) : 0;

        public void Add(string goldTriage, string predictedTriage, int hitRank)
        {
            total++;
            if (hitRank == 0) top1++;
            if (hitRank is >= 0 and < 3) top3++;
            var ok = goldTriage == predictedTriage;
            if (ok) triageCorrect++;
            var level = byLevel.GetValueOrDefault(goldTriage);
            byLevel[goldTriage] = (level.Total + 1, level.Correct + (ok ? 1 : 0));
            if (goldTriage == Analysis.Triage.Emergent)
            {
                emergentTotal++;
                if (ok) emergentCorrect++;
            }

            var diff = Analysis.Triage.Rank(predictedTriage) - Analysis.Triage.Rank(goldTriage);
            if (diff < 0) UnderTriage++;
            if (diff > 0) OverTriage++;
        }

        public void AddTo(Dictionary<string, double> metrics, string prefix)
        {
            metrics[prefix + "top1"] = Top1;
            metrics[prefix + "top3"] = Top3;
            metrics[prefix + "triage"] = Triage;
            metrics[prefix + "emergent_triage"] = EmergentTriage;
            metrics[prefix + "under_triage"] = UnderTriage;
            metrics[prefix + "over_triage"] = OverTriage;
            metrics[prefix + "median_ms"] = MedianMs;
        }

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }

    private sealed record DdxItem(string Id, string Text, string Diagnosis, IReadOnlyList<string> Acceptable, string Icd10, string Triage);
}
