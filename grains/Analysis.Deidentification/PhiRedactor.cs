using System.Text;
using Orleans.Clinical.Analysis.Deidentification.Recognizers;

namespace Orleans.Clinical.Analysis.Deidentification;

/// <summary>
/// Finds the 18 HIPAA Safe Harbor identifier types in one tokenising pass with hand-written recognisers
/// and replaces each with a typed pseudonym (<c>[NAME-1]</c>). Thread-safe; never throws on any input.
/// </summary>
public sealed class PhiRedactor : IPhiRedactor
{
    private readonly Lexicon _lexicon;

    public PhiRedactor()
    {
        _lexicon = Lexicon.Shared;
    }

    public DeidentifiedText Redact(string text, IPseudonymSource pseudonyms)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        if (string.IsNullOrEmpty(text))
        {
            return new DeidentifiedText(text ?? "", []);
        }

        var spans = Find(text);
        if (spans.Count == 0)
        {
            return new DeidentifiedText(text, []);
        }

        var redactions = new PhiRedaction[spans.Count];
        var builder = new StringBuilder(text.Length + spans.Count * 8);
        var position = 0;
        for (var k = 0; k < spans.Count; k++)
        {
            var (start, end, type, _) = spans[k];
            var replacement = pseudonyms.ReplacementFor(type, text.Substring(start, end - start));
            builder.Append(text, position, start - position).Append(replacement);
            position = end;
            redactions[k] = new PhiRedaction(type, start, end, replacement);
        }

        builder.Append(text, position, text.Length - position);
        return new DeidentifiedText(builder.ToString(), redactions);
    }

    /// <summary>The PHI spans of <paramref name="text"/>, sorted and non-overlapping.</summary>
    internal List<Candidate> Find(string text)
    {
        var scan = Scan.Rent(text, _lexicon);
        try
        {
            ContactRecognizer.Run(scan);
            NumberRecognizer.Run(scan);
            IdentifierRecognizer.Run(scan);
            DateRecognizer.Run(scan);
            AgeRecognizer.Run(scan);
            var cities = new List<(int, int)>();
            AddressRecognizer.Run(scan, cities);
            PropagatePlaces(scan, cities);
            NameRecognizer.Run(scan, []);
            return Resolve(scan.Candidates, text.Length);
        }
        finally
        {
            Scan.Return(scan);
        }
    }

    private static void PropagatePlaces(Scan scan, List<(int Start, int End)> cities)
    {
        var tokens = scan.Tokens;
        foreach (var (start, end) in cities)
        {
            if (start != end || !tokens[start].Capitalized)
            {
                continue;
            }

            var name = tokens.Span(start);
            for (var k = 0; k < tokens.Count; k++)
            {
                if (k != start && tokens[k].IsWord && tokens[k].Capitalized && tokens.Span(k).Equals(name, StringComparison.Ordinal))
                {
                    scan.AddTokens(k, k, PhiTypes.Address, Priority.Address - 5);
                }
            }
        }
    }

    /// <summary>Highest priority first, then longest; a span that overlaps an accepted one is dropped.</summary>
    private static List<Candidate> Resolve(List<Candidate> candidates, int length)
    {
        candidates.Sort(static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var taken = new bool[length];
        var accepted = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (c.Start < 0 || c.End > length || taken.AsSpan(c.Start, c.Length).Contains(true))
            {
                continue;
            }

            taken.AsSpan(c.Start, c.Length).Fill(true);
            accepted.Add(c);
        }

        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }
}
