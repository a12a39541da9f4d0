using System.Globalization;
using System.Text;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Deidentification;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

namespace Orleans.Clinical.Evaluation.Evaluations;

/// <summary>
/// PHI de-identification on phi.jsonl: token recall and precision, span exact/overlap figures, recall per
/// type, keep-phrase integrity, and examples of misses and false positives.
/// Tokens are maximal runs of letters or digits (everything else separates), taken inside gold or predicted
/// spans; a gold token is found when a predicted span of any type covers it completely.
/// </summary>
public sealed class PhiEvaluation : IEvaluation
{
    public string Name => "phi";

    public sealed record GoldSpan(int Start, int End, string Type, string Text);

    public sealed record PhiCase(string Id, string Text, IReadOnlyList<GoldSpan> Spans, IReadOnlyList<string> Keep);

    public EvaluationReport Run(string dataDirectory)
    {
        var cases = EvaluationData.ReadJsonLines<PhiCase>(dataDirectory, "phi.jsonl");
        var redactor = new PhiRedactor();
        var key = Encoding.UTF8.GetBytes("evaluation-key-not-a-secret-0123");

        int goldTokens = 0, goldFound = 0, predTokens = 0, predInGold = 0;
        int goldSpans = 0, predSpans = 0, exact = 0, exactTyped = 0, goldOverlapped = 0, predOverlapping = 0;
        int keepTotal = 0, keepBroken = 0;
        var perType = new SortedDictionary<string, (int Spans, int Tokens, int Found, int Typed)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var falsePositives = new List<string>();
        var keepFailures = new List<string>();
        var boundaries = new List<string>();

        foreach (var c in cases)
        {
            var text = c.Text;
            var gold = c.Spans.Select(s => (Start: EvaluationData.Utf16Offset(text, s.Start), End: EvaluationData.Utf16Offset(text, s.End), s.Type)).ToArray();
            var result = redactor.Redact(text, new HmacPseudonymSource(key, c.Id, new PseudonymTable()));
            var pred = result.Redactions;

            goldSpans += gold.Length;
            predSpans += pred.Count;
            foreach (var g in gold)
            {
                var entry = perType.GetValueOrDefault(g.Type);
                entry.Spans++;
                var tokens = Tokens(text, g.Start, g.End);
                var allFound = true;
                foreach (var (ts, te) in tokens)
                {
                    goldTokens++;
                    entry.Tokens++;
                    var cover = pred.FirstOrDefault(p => p.Start <= ts && p.End >= te);
                    if (cover is not null)
                    {
                        goldFound++;
                        entry.Found++;
                        if (cover.Type == g.Type)
                        {
                            entry.Typed++;
                        }
                    }
                    else
                    {
                        allFound = false;
                    }
                }

                perType[g.Type] = entry;
                if (pred.Any(p => p.Start == g.Start && p.End == g.End))
                {
                    exact++;
                    if (pred.Any(p => p.Start == g.Start && p.End == g.End && p.Type == g.Type))
                    {
                        exactTyped++;
                    }
                }

                if (pred.Any(p => p.Start < g.End && p.End > g.Start))
                {
                    goldOverlapped++;
                    var other = pred.First(p => p.Start < g.End && p.End > g.Start);
                    if ((other.Start != g.Start || other.End != g.End) && boundaries.Count < 60)
                    {
                        boundaries.Add($"{c.Id} {g.Type} gold «{text[g.Start..g.End]}» predicted {other.Type} «{text[other.Start..other.End]}»");
                    }
                }

                if (!allFound && misses.Count < 60)
                {
                    misses.Add($"{c.Id} {g.Type} «{text[g.Start..g.End]}» in «{Context(text, g.Start, g.End)}»");
                }
            }

            foreach (var p in pred)
            {
                var tokens = Tokens(text, p.Start, p.End);
                foreach (var (ts, te) in tokens)
                {
                    predTokens++;
                    if (gold.Any(g => g.Start <= ts && g.End >= te))
                    {
                        predInGold++;
                    }
                }

                if (gold.Any(g => g.Start < p.End && g.End > p.Start))
                {
                    predOverlapping++;
                }
                else if (falsePositives.Count < 60)
                {
                    falsePositives.Add($"{c.Id} {p.Type} «{text[p.Start..p.End]}» in «{Context(text, p.Start, p.End)}»");
                }
            }

            foreach (var phrase in c.Keep)
            {
                keepTotal++;
                var broken = false;
                for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0 && !broken; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    var end = at + phrase.Length;
                    broken = pred.Any(p => p.Start < end && p.End > at);
                }

                if (broken)
                {
                    keepBroken++;
                    keepFailures.Add($"{c.Id} «{phrase}»");
                }
            }
        }

        double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
        var tokenRecall = Ratio(goldFound, goldTokens);
        var tokenPrecision = Ratio(predInGold, predTokens);
        var metrics = new Dictionary<string, double>
        {
            ["token_recall"] = tokenRecall,
            ["token_precision"] = tokenPrecision,
            ["token_f1"] = tokenRecall + tokenPrecision == 0 ? 0 : 2 * tokenRecall * tokenPrecision / (tokenRecall + tokenPrecision),
            ["span_exact_recall"] = Ratio(exact, goldSpans),
            ["span_exact_typed_recall"] = Ratio(exactTyped, goldSpans),
            ["span_exact_precision"] = Ratio(exact, predSpans),
            ["span_overlap_recall"] = Ratio(goldOverlapped, goldSpans),
            ["span_overlap_precision"] = Ratio(predOverlapping, predSpans),
            ["keep_intact"] = Ratio(keepTotal - keepBroken, keepTotal),
            ["keep_failures"] = keepBroken,
        };
        foreach (var (type, e) in perType)
        {
            metrics["recall_" + type] = Ratio(e.Found, e.Tokens);
        }

        var table = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        table.AppendLine(inv, $"{cases.Count} notes, {goldSpans} gold spans, {predSpans} predicted spans.");
        table.AppendLine("Tokens: maximal runs of letters or digits inside a span; a gold token is found when a predicted span (any type) covers it.");
        table.AppendLine();
        table.AppendLine("| metric | value |");
        table.AppendLine("| --- | --- |");
        foreach (var name in new[] { "token_recall", "token_precision", "token_f1", "span_exact_recall", "span_exact_typed_recall", "span_exact_precision", "span_overlap_recall", "span_overlap_precision", "keep_intact" })
        {
            table.AppendLine(inv, $"| {name} | {metrics[name]:0.000} |");
        }

        table.AppendLine(inv, $"| keep phrases broken | {keepBroken} of {keepTotal} |");
        table.AppendLine();
        table.AppendLine("| type | gold spans | gold tokens | token recall | with the right type |");
        table.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var (type, e) in perType)
        {
            table.AppendLine(inv, $"| {type} | {e.Spans} | {e.Tokens} | {Ratio(e.Found, e.Tokens):0.000} | {Ratio(e.Typed, e.Tokens):0.000} |");
        }

        Section(table, "Keep phrases broken", keepFailures);
        Section(table, "Missed gold spans (first 60)", misses);
        Section(table, "Boundary differences: gold and predicted overlap but differ (first 60)", boundaries);
        Section(table, "False positives: predicted spans overlapping no gold span (first 60)", falsePositives);
        return new EvaluationReport(Name, metrics, table.ToString());
    }

    private static void Section(StringBuilder table, string title, List<string> lines)
    {
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"{title}: {lines.Count}");
        foreach (var line in lines)
        {
            table.AppendLine("- " + line);
        }
    }

    private static string Context(string text, int start, int end)
    {
        var s = Math.Max(0, start - 30);
        var e = Math.Min(text.Length, end + 20);
        return (text[s..start] + "[" + text[start..end] + "]" + text[end..e]).Replace('\n', '|');
    }

    private static List<(int Start, int End)> Tokens(string text, int start, int end)
    {
        var list = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            var s = i;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
            if (i > s) list.Add((s, i));
        }

        return list;
    }
}
