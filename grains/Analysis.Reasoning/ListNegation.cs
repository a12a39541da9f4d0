using System.Collections.Frozen;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Carries a negation along a list longer than the ConText window: in "no numbness, weakness, bladder or bowel
/// changes, fever, weight loss or history of cancer" every item is absent. A mention inherits the negation of the
/// previous mention of its sentence when only list material lies between them (commas, "or", "nor", a few
/// determiners, up to two other words) and no terminator; "and" followed by other words ("no fever and has a
/// cough") ends the list.
/// </summary>
internal static class ListNegation
{
    private static readonly FrozenSet<string> Separators =
        new[] { "or", "nor", "and", "any", "other", "either", "recent", "new", "significant", "obvious", "associated", "a", "the", "her", "his", "of", "history", "previous", "prior", "known", "signs", "symptoms", "episodes", "abnormal", "unusual" }
            .ToFrozenSet(StringComparer.Ordinal);

    public static void Extend<T>(TokenizedText text, ContextAnalysis context, List<PhraseMatch<T>> matches, Assertion[] assertions)
    {
        if (matches.Count < 2)
        {
            return;
        }

        var lookup = Separators.GetAlternateLookup<ReadOnlySpan<char>>();
        var terminators = TerminatorCounts(text, context);
        var last = 0;
        for (var i = 1; i < matches.Count; i++)
        {
            var previous = last;
            if (matches[i].EndToken > matches[last].EndToken)
            {
                last = i;
            }

            if (assertions[i] is Assertion.Negated or Assertion.Family or Assertion.Hypothetical)
            {
                continue;
            }

            if (assertions[previous] != Assertion.Negated || text[matches[previous].FirstToken].Sentence != text[matches[i].FirstToken].Sentence)
            {
                continue;
            }

            var from = matches[previous].EndToken;
            var to = matches[i].FirstToken;
            if (from > to)
            {
                assertions[i] = Assertion.Negated; // nested inside a negated mention
                continue;
            }

            int others = 0;
            bool and = false, broken = false;
            for (var t = from; t < to && !broken; t++)
            {
                if (text[t].IsPunctuation)
                {
                    broken = !(text.IsChar(t, ',') || text.IsChar(t, '/'));
                }
                else if (text.Is(t, "and"))
                {
                    and = true;
                }
                else if (!lookup.Contains(text.Norm(t)))
                {
                    others++;
                }
            }

            if (broken || others > 2 || (and && others > 0) || terminators[to] - terminators[from] > 0)
            {
                continue;
            }

            assertions[i] = Assertion.Negated;
        }
    }

    /// <summary>Prefix counts of tokens where a terminator (or a "now"-type cue) starts: [i] counts tokens before i.</summary>
    private static int[] TerminatorCounts(TokenizedText text, ContextAnalysis context)
    {
        var counts = new int[text.Count + 1];
        foreach (var trigger in context.Triggers)
        {
            if (trigger.Trigger.Category is ContextCategory.Terminate or ContextCategory.Current && trigger.First < text.Count)
            {
                counts[trigger.First + 1] = 1;
            }
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        return counts;
    }
}
