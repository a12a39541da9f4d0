using System.Diagnostics;
using System.Globalization;
using System.Text;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Floor;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Evaluation.Evaluations;

/// <summary>
/// Emergency flagging on emergency.jsonl: recall, precision, F1 and category accuracy of the language detector,
/// beside the seed keyword pattern list, false positives per kind of trap, and a single-thread latency figure.
/// </summary>
public sealed class EmergencyEvaluation : IEvaluation
{
    public string Name => "emergency";

    public EvaluationReport Run(string dataDirectory)
    {
        var cases = EvaluationData.ReadJsonLines<EmergencyCase>(dataDirectory, "emergency.jsonl");
        var ours = Evaluate(EmergencyDetector.Default, cases);
        var seed = Evaluate(new PatternEmergencyDetector(), cases);

        Dictionary<string, double> metrics = new()
        {
            ["recall"] = ours.Recall,
            ["precision"] = ours.Precision,
            ["f1"] = ours.F1,
            ["category_accuracy"] = ours.CategoryAccuracy,
            ["seed_recall"] = seed.Recall,
            ["seed_precision"] = seed.Precision,
            ["seed_f1"] = seed.F1,
            ["seed_category_accuracy"] = seed.CategoryAccuracy,
        };

        StringBuilder table = new();
        table.AppendLine($"{cases.Count} cases, {cases.Count(c => c.Emergency)} emergencies");
        table.AppendLine();
        table.AppendLine("| detector | recall | precision | F1 | category accuracy | TP | FP | FN |");
        table.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        table.AppendLine(ours.Row("EmergencyDetector (language)"));
        table.AppendLine(seed.Row("PatternEmergencyDetector (seed)"));
        table.AppendLine();
        table.AppendLine("False positives by trap kind (kind read from the reviewer note):");
        table.AppendLine();
        table.AppendLine("| trap kind | cases | language FP | seed FP |");
        table.AppendLine("| --- | --- | --- | --- |");
        foreach (var kind in cases.Where(c => !c.Emergency).Select(c => TrapKind(c.Why)).Distinct().Order())
        {
            var ofKind = cases.Where(c => !c.Emergency && TrapKind(c.Why) == kind).Select(c => c.Id).ToHashSet();
            table.AppendLine($"| {kind} | {ofKind.Count} | {ours.FalsePositives.Count(ofKind.Contains)} | {seed.FalsePositives.Count(ofKind.Contains)} |");
        }

        table.AppendLine();
        table.AppendLine("Language detector errors:");
        foreach (var (id, what) in ours.Errors) table.AppendLine($"- {id}: {what}");

        var (median, p95) = Latency(cases);
        metrics["median_us_2kb"] = median;
        table.AppendLine();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Latency, one thread, 2 KB note (tokenize + context + vitals + rules): median {median:F1} us, p95 {p95:F1} us"));
        return new EvaluationReport(Name, metrics, table.ToString());
    }

    private static Score Evaluate(IEmergencyDetector detector, IReadOnlyList<EmergencyCase> cases)
    {
        Score score = new();
        foreach (var c in cases)
        {
            var result = detector.Detect(c.Text);
            if (result.IsEmergency && c.Emergency)
            {
                score.TruePositives++;
                if (result.Category == c.Category) score.CategoryCorrect++;
                else score.Errors.Add((c.Id, $"category {result.Category}, expected {c.Category}"));
            }
            else if (result.IsEmergency)
            {
                score.FalsePositives.Add(c.Id);
                score.Errors.Add((c.Id, $"false alarm ({result.Category}: {string.Join("; ", result.Findings.Select(f => f.Text))})"));
            }
            else if (c.Emergency)
            {
                score.FalseNegatives++;
                score.Errors.Add((c.Id, $"missed {c.Category}"));
            }
        }

        return score;
    }

    // Reviewer notes name the trap: "figurative 'heart'", "education question", "family history only", ...
    private static string TrapKind(string why)
    {
        var w = why.ToLowerInvariant();
        if (w.Contains("figurative") || w.Contains("idiom") || w.Contains("legal") || w.Contains("film")) return "word collision";
        if (w.Contains("education") || w.Contains("question")) return "education question";
        if (w.Contains("family") || w.Contains("relative")) return "family history";
        if (w.Contains("hypothetical") || w.Contains("precaution") || w.Contains("safety-netting") || w.Contains("precautionary")) return "hypothetical or return precautions";
        if (w.Contains("negated") || w.Contains("denied") || w.Contains("without red flags") || w.Contains("no red flags")) return "negated red flags";
        if (w.Contains("historical") || w.Contains("remote") || w.Contains("prior") || w.Contains("history")) return "historical";
        if (w.Contains("resolved") || w.Contains("benign") || w.Contains("minor") || w.Contains("mild") || w.Contains("recovered")) return "resolved or benign";
        return "routine or near miss";
    }

    private static (double Median, double P95) Latency(IReadOnlyList<EmergencyCase> cases)
    {
        StringBuilder note = new();
        foreach (var c in cases)
        {
            if (note.Length >= 2048) break;
            note.Append(c.Text).Append(' ');
        }

        var text = note.ToString(0, Math.Min(2048, note.Length));
        var detector = EmergencyDetector.Default;
        for (var i = 0; i < 200; i++) detector.Detect(text);
        var samples = new double[2000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            detector.Detect(text);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return (samples[samples.Length / 2], samples[(int)(samples.Length * 0.95)]);
    }

    private sealed class Score
    {
        public int TruePositives { get; set; }

        public int CategoryCorrect { get; set; }

        public int FalseNegatives { get; set; }

        public List<string> FalsePositives { get; } = [];

        public List<(string Id, string What)> Errors { get; } = [];

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives.Count);

        public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

        public double CategoryAccuracy => Ratio(CategoryCorrect, TruePositives);

        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Recall:F3} | {Precision:F3} | {F1:F3} | {CategoryAccuracy:F3} | {TruePositives} | {FalsePositives.Count} | {FalseNegatives} |");

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }

    private sealed record EmergencyCase(string Id, string Text, bool Emergency, string? Category, string Why);
}
