using System.Diagnostics;
using System.Globalization;
using System.Text;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Entities;

namespace Orleans.Clinical.Evaluation.Evaluations;

/// <summary>
/// Entity extraction on entities.jsonl: precision, recall and F1 per category and overall (a match is the same
/// category and concept on an overlapping span; exact-span F1 too), assertion accuracy over matched entities,
/// medication attribute accuracy, vital value accuracy, and precision by confidence bucket (calibration).
/// Set CLINICAL_EVAL_VERBOSE=1 to list the misses and false positives.
/// </summary>
public sealed class EntityEvaluation : IEvaluation
{
    private static readonly double[] BucketFloors = [0.9, 0.8, 0.7, 0.6, 0.0];

    public string Name => "entities";

    public EvaluationReport Run(string dataDirectory)
    {
        var items = EvaluationData.ReadJsonLines<EntityItem>(dataDirectory, "entities.jsonl");
        var extractor = EntityExtractor.Default;
        extractor.Extract("warm up: chest pain, metoprolol 25 mg PO BID, BP 120/80");

        Dictionary<string, Counts> byCategory = new(StringComparer.Ordinal);
        Counts overall = new(), exact = new();
        int assertionTotal = 0, assertionCorrect = 0, medTotal = 0, doseOk = 0, routeOk = 0, frequencyOk = 0, medAllOk = 0, vitalTotal = 0, vitalOk = 0;
        var buckets = new (int Predicted, int Correct)[BucketFloors.Length];
        Dictionary<string, (int Total, int Correct)> assertionByGold = new(StringComparer.Ordinal);
        List<double> times = [];
        StringBuilder errors = new();

        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            var predicted = extractor.Extract(item.Text).Entities;
            times.Add(clock.Elapsed.TotalMilliseconds);
            var gold = item.Entities.Select(g => g with
            {
                Start = EvaluationData.Utf16Offset(item.Text, g.Start),
                End = EvaluationData.Utf16Offset(item.Text, g.End),
            }).ToList();

            var matchedPredicted = new bool[predicted.Count];
            foreach (var g in gold)
            {
                var category = g.Category.ToUpperInvariant();
                var counts = Category(byCategory, category);
                var best = -1;
                var bestOverlap = 0;
                for (var p = 0; p < predicted.Count; p++)
                {
                    if (matchedPredicted[p] || Wire(predicted[p].Category) != category || predicted[p].Concept != g.Concept) continue;
                    var overlap = Math.Min(g.End, predicted[p].End) - Math.Max(g.Start, predicted[p].Start);
                    if (overlap > bestOverlap) (best, bestOverlap) = (p, overlap);
                }

                if (best < 0)
                {
                    counts.FalseNegatives++;
                    overall.FalseNegatives++;
                    exact.FalseNegatives++;
                    errors.AppendLine(CultureInfo.InvariantCulture, $"  miss {item.Id} {category} '{g.Text}' -> {g.Concept} ({g.Assertion})");
                    continue;
                }

                matchedPredicted[best] = true;
                var e = predicted[best];
                counts.TruePositives++;
                overall.TruePositives++;
                if (e.Start == g.Start && e.End == g.End) exact.TruePositives++;
                else
                {
                    exact.FalseNegatives++;
                    exact.FalsePositives++;
                }

                assertionTotal++;
                var assertionRight = e.Assertion.ToWire() == g.Assertion;
                if (assertionRight) assertionCorrect++;
                else errors.AppendLine(CultureInfo.InvariantCulture, $"  assertion {item.Id} '{g.Text}' gold {g.Assertion} got {e.Assertion.ToWire()}");
                var (total, correct) = assertionByGold.GetValueOrDefault(g.Assertion);
                assertionByGold[g.Assertion] = (total + 1, correct + (assertionRight ? 1 : 0));

                if (category == "MEDICATION")
                {
                    medTotal++;
                    var d = e.Dose == g.Dose;
                    var r = e.Route == g.Route;
                    var f = e.Frequency == g.Frequency;
                    doseOk += d ? 1 : 0;
                    routeOk += r ? 1 : 0;
                    frequencyOk += f ? 1 : 0;
                    medAllOk += d && r && f ? 1 : 0;
                    if (!(d && r && f)) errors.AppendLine(CultureInfo.InvariantCulture, $"  attributes {item.Id} '{g.Text}' gold [{g.Dose}|{g.Route}|{g.Frequency}] got [{e.Dose}|{e.Route}|{e.Frequency}]");
                }
                else if (category == "VITAL")
                {
                    vitalTotal++;
                    var ok = e.VitalName == g.Name && g.Value is { } v && e.Value is { } ev && Math.Abs(v - ev) < 1e-6 && e.Unit == g.Unit;
                    vitalOk += ok ? 1 : 0;
                }
            }

            for (var p = 0; p < predicted.Count; p++)
            {
                var e = predicted[p];
                var bucket = Array.FindIndex(BucketFloors, floor => e.Confidence >= floor);
                buckets[bucket].Predicted++;
                if (matchedPredicted[p])
                {
                    buckets[bucket].Correct++;
                    continue;
                }

                Category(byCategory, Wire(e.Category)).FalsePositives++;
                overall.FalsePositives++;
                exact.FalsePositives++;
                errors.AppendLine(CultureInfo.InvariantCulture, $"  false {item.Id} {Wire(e.Category)} '{e.Text}' -> {e.Concept} ({e.Confidence:0.00})");
            }
        }

        Dictionary<string, double> metrics = new(StringComparer.Ordinal)
        {
            ["precision"] = overall.Precision,
            ["recall"] = overall.Recall,
            ["f1"] = overall.F1,
            ["exact_f1"] = exact.F1,
            ["assertion_accuracy"] = Ratio(assertionCorrect, assertionTotal),
            ["medication_attribute_accuracy"] = Ratio(medAllOk, medTotal),
            ["vital_value_accuracy"] = Ratio(vitalOk, vitalTotal),
            ["calibration_top_precision"] = Ratio(buckets[0].Correct, buckets[0].Predicted),
        };
        foreach (var (category, counts) in byCategory)
        {
            metrics["f1_" + category.ToLowerInvariant()] = counts.F1;
        }

        StringBuilder table = new();
        table.AppendLine(CultureInfo.InvariantCulture, $"{items.Count} texts, {overall.TruePositives + overall.FalseNegatives} gold entities");
        table.AppendLine("| category | gold | predicted | precision | recall | F1 |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (category, counts) in byCategory.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            table.AppendLine(Row(category, counts));
        }

        table.AppendLine(Row("**overall**", overall));
        table.AppendLine(Row("exact span", exact));
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Assertion accuracy over {assertionTotal} matched entities: {Ratio(assertionCorrect, assertionTotal):0.000}");
        table.AppendLine("| gold assertion | matched | correct | accuracy |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var (assertion, (total, correct)) in assertionByGold.OrderByDescending(p => p.Value.Total))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {assertion} | {total} | {correct} | {Ratio(correct, total):0.000} |");
        }

        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Medication attributes over {medTotal} matched medications: dose {Ratio(doseOk, medTotal):0.000}, route {Ratio(routeOk, medTotal):0.000}, frequency {Ratio(frequencyOk, medTotal):0.000}, all three {Ratio(medAllOk, medTotal):0.000}");
        table.AppendLine(CultureInfo.InvariantCulture, $"Vital name, value and unit over {vitalTotal} matched vitals: {Ratio(vitalOk, vitalTotal):0.000}");
        table.AppendLine();
        table.AppendLine("Confidence calibration (precision of predicted entities by confidence):");
        table.AppendLine("| confidence | predicted | correct | precision |");
        table.AppendLine("| --- | ---: | ---: | ---: |");
        for (var b = 0; b < BucketFloors.Length; b++)
        {
            var label = b == 0 ? "≥ 0.90" : $"{BucketFloors[b]:0.00}–{BucketFloors[b - 1]:0.00}";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {buckets[b].Predicted} | {buckets[b].Correct} | {Ratio(buckets[b].Correct, buckets[b].Predicted):0.000} |");
        }

        times.Sort();
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Time per text (single run, indicative only): median {times[times.Count / 2]:0.000} ms, max {times[^1]:0.000} ms");
        if (Environment.GetEnvironmentVariable("CLINICAL_EVAL_VERBOSE") == "1")
        {
            table.AppendLine();
            table.Append(errors);
        }

        return new EvaluationReport(Name, metrics, table.ToString());
    }

    private static string Wire(EntityCategory category) => category.ToString().ToUpperInvariant();

    private static Counts Category(Dictionary<string, Counts> byCategory, string category)
    {
        if (!byCategory.TryGetValue(category, out var counts)) byCategory[category] = counts = new Counts();
        return counts;
    }

    private static string Row(string label, Counts c) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {c.TruePositives + c.FalseNegatives} | {c.TruePositives + c.FalsePositives} | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} |");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private sealed class Counts
    {
        public int TruePositives;
        public int FalsePositives;
        public int FalseNegatives;

        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    private sealed record EntityItem(string Id, string Text, IReadOnlyList<GoldEntity> Entities);

    private sealed record GoldEntity(
        int Start,
        int End,
        string Text,
        string Category,
        string Concept,
        string Assertion,
        string? Dose,
        string? Route,
        string? Frequency,
        string? Name,
        double? Value,
        string? Unit);
}
