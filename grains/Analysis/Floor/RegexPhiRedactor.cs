using System.Text;
using System.Text.RegularExpressions;

namespace Orleans.Clinical.Analysis.Floor;

/// <summary>
/// The floor de-identifier: structured identifiers only (SSN, phone, e-mail, MRN, dates) by regular
/// expression, each replaced with its typed pseudonym. Names and addresses need the real redactor.
/// </summary>
public sealed class RegexPhiRedactor : IPhiRedactor
{
    private static readonly (string Type, Regex Pattern, int Group)[] Patterns =
    [
        ("EMAIL", Build(@"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"), 0),
        ("SSN", Build(@"\b\d{3}-\d{2}-\d{4}\b"), 0),
        ("MRN", Build(@"\b(?:MRN|MR#|med rec #?)\s*[:#]?\s*([A-Z]{0,3}\d{5,10})\b"), 1),
        ("PHONE", Build(@"(?:\+1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"), 0),
        ("DATE", Build(@"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\b"), 0),
    ];

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public DeidentifiedText Redact(string text, IPseudonymSource pseudonyms)
    {
        var spans = new List<(string Type, int Start, int End)>();
        foreach (var (type, pattern, group) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var g = match.Groups[group];
                if (!spans.Any(s => g.Index < s.End && s.Start < g.Index + g.Length))
                {
                    spans.Add((type, g.Index, g.Index + g.Length));
                }
            }
        }

        if (spans.Count == 0)
        {
            return new DeidentifiedText(text, []);
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var redactions = new List<PhiRedaction>(spans.Count);
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (type, start, end) in spans)
        {
            var replacement = pseudonyms.ReplacementFor(type, text[start..end]);
            builder.Append(text, position, start - position).Append(replacement);
            redactions.Add(new PhiRedaction(type, start, end, replacement));
            position = end;
        }

        builder.Append(text, position, text.Length - position);
        return new DeidentifiedText(builder.ToString(), redactions);
    }
}
