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

        // repeated values within this one call ask the pseudonym source (an HMAC each) only once
        Dictionary<string, string>? seen = spans.Count > 4 ? new(StringComparer.Ordinal) : null;
        for (var k = 0; k < spans.Count; k++)
        {
            var (start, end, type, _) = spans[k];
            var value = text.Substring(start, end - start);
            string replacement;
            if (seen is null)
            {
                replacement = pseudonyms.ReplacementFor(type, value);
            }
            else
            {
                var memo = string.Concat(type, "\0", value);
                if (!seen.TryGetValue(memo, out replacement!))
                {
                    replacement = pseudonyms.ReplacementFor(type, value);
                    seen[memo] = replacement;
                }
            }

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

    /// <summary>Every other capitalised mention of a one-word city already found ("Dayton Family Medicine").</summary>
    private static void PropagatePlaces(Scan scan, List<(int Start, int End)> cities)
    {
        var tokens = scan.Tokens;
        HashSet<string>? names = null;
        foreach (var (start, end) in cities)
        {
            if (start == end && tokens[start].Capitalized)
            {
                names ??= new HashSet<string>(StringComparer.Ordinal);
                if (names.Count < 64)
                {
                    names.Add(tokens.Span(start).ToString());
                }
            }
        }

        if (names is null)
        {
            return;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && tokens[k].Capitalized && lookup.Contains(tokens.Span(k)))
            {
                scan.AddTokens(k, k, PhiTypes.Address, Priority.Address - 5);
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
