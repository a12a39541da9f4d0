using System.Globalization;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Human-readable supporting and against findings of a condition for a case.</summary>
internal static class Explanations
{
    public static (IReadOnlyList<string> Supporting, IReadOnlyList<string> Against) For(
        KnowledgeBase kb, Condition condition, CaseFindings findings, int max = 5)
    {
        var supporting = new List<(double Weight, string Text)>();
        var against = new List<(double Weight, string Text)>();
        foreach (var row in condition.Rows)
        {
            var label = kb.Findings[row.Finding].Label;
            if (findings.IsPresent(row.Finding))
            {
                if (row.PositiveLr > 1)
                {
                    supporting.Add((row.PositiveLr, $"{label} (LR+ {Format(row.PositiveLr)})"));
                }
                else if (row.PositiveLr < 1)
                {
                    against.Add((1 / row.PositiveLr, $"{label} (LR {Format(row.PositiveLr)})"));
                }
            }
            else if (findings.IsAbsent(row.Finding) && row.NegativeLr < 1)
            {
                against.Add((1 / row.NegativeLr, $"no {label} (LR- {Format(row.NegativeLr)})"));
            }
        }

        return (Top(supporting, max), Top(against, max));
    }

    public static string Format(double value) =>
        value.ToString(value >= 10 ? "0" : value >= 1 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    private static string[] Top(List<(double Weight, string Text)> list, int max) =>
        list.OrderByDescending(x => x.Weight).Take(max).Select(x => x.Text).ToArray();
}
