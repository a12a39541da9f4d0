using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Applies <see cref="CooccurrenceRule"/>s: a rule's finding is present when every group has a present mention
/// in the window, absent when the mention of its first group is negated (or every group's is). Family,
/// hypothetical and possible mentions do not count.
/// </summary>
internal sealed class CooccurrenceMatcher
{
    private readonly CooccurrenceRule[] rules;
    private readonly PhraseMatcher<int[]> matcher;

    public CooccurrenceMatcher(IReadOnlyList<CooccurrenceRule> rules)
    {
        this.rules = [.. rules];
        var slots = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < this.rules.Length; r++)
        {
            for (var g = 0; g < this.rules[r].Groups.Count; g++)
            {
                foreach (var word in this.rules[r].Groups[g])
                {
                    var key = word.Trim().ToLowerInvariant();
                    if (!slots.TryGetValue(key, out var list)) slots[key] = list = [];
                    list.Add(r * 8 + g);
                }
            }
        }

        matcher = new PhraseMatcher<int[]>(slots.Select(kv => (kv.Key, kv.Value.ToArray())), PhraseMatcherOptions.Default);
    }

    public void Apply(CaseFindings findings, TokenizedText text, ContextAnalysis context)
    {
        if (rules.Length == 0)
        {
            return;
        }

        var hits = matcher.Match(text);
        if (hits.Count == 0)
        {
            return;
        }

        var windows = new Dictionary<(int Rule, int Window), (int Present, int Negated)>();
        foreach (var hit in hits)
        {
            var assertion = context.AssertionForTokens(hit.FirstToken, hit.EndToken);
            foreach (var slot in hit.Payload)
            {
                var rule = rules[slot / 8];
                var group = 1 << (slot % 8);
                var key = (slot / 8, rule.WholeText ? -1 : text[hit.FirstToken].Sentence);
                var state = windows.GetValueOrDefault(key);
                if (assertion is Assertion.Present or Assertion.Historical)
                {
                    state.Present |= group;
                }
                else if (assertion == Assertion.Negated)
                {
                    state.Negated |= group;
                }

                windows[key] = state;
            }
        }

        foreach (var ((r, _), state) in windows)
        {
            var full = (1 << rules[r].Groups.Count) - 1;
            if ((state.Present | state.Negated) != full)
            {
                continue;
            }

            if ((state.Negated & 1) != 0 && (state.Present & 1) == 0 || state.Negated == full)
            {
                findings.MarkAbsent(rules[r].Finding);
            }
            else if (state.Present == full)
            {
                findings.MarkPresent(rules[r].Finding);
            }
        }
    }
}
