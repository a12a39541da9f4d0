namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// The emergency detector's knowledge, compiled once: concept clusters (a phrase matcher whose payload is the
/// concepts a phrase belongs to; figurative phrases carry none) and combination rules over concept and vital facts.
/// </summary>
internal sealed class EmergencyKnowledge
{
    public EmergencyKnowledge(EmergencyConceptData concepts, EmergencyRuleData rules)
    {
        List<string> names = [];
        List<string> labels = [];
        List<ConceptKind> kinds = [];
        Dictionary<string, List<int>> byPhrase = new(StringComparer.Ordinal);
        List<NearPattern> nearPatterns = [];
        foreach (var concept in concepts.Concepts)
        {
            var id = names.Count;
            names.Add(concept.Id);
            labels.Add(concept.Label);
            kinds.Add(concept.Kind switch { "risk" => ConceptKind.Risk, "symptom" => ConceptKind.Symptom, "intent" => ConceptKind.Intent, _ => ConceptKind.Finding });
            foreach (var near in concept.Near ?? [])
            {
                nearPatterns.Add(new NearPattern(id, near.Window, [.. near.Groups.Select(g => new HashSet<string>(g, StringComparer.Ordinal))]));
            }

            foreach (var phrase in concept.Phrases)
            {
                var key = phrase.ToLowerInvariant();
                if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
                if (!list.Contains(id)) list.Add(id);
            }
        }

        ConceptCount = names.Count;
        NearPatterns = [.. nearPatterns];
        foreach (var fact in EmergencyFacts.Names)
        {
            names.Add(fact);
            labels.Add(fact.Replace('_', ' '));
            kinds.Add(ConceptKind.Finding);
        }

        FactNames = [.. names];
        Labels = [.. labels];
        Kind = [.. kinds];
        Index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

        // Figurative phrases go first so that an identical clinical phrase never replaces them.
        IEnumerable<(string, int[])> entries = concepts.Figurative.Select(f => (f, Array.Empty<int>()))
            .Concat(byPhrase.Select(p => (p.Key, p.Value.ToArray())));
        Matcher = new PhraseMatcher<int[]>(entries);

        Rules = [.. rules.Rules
            .Select((r, order) => (Rule: Compile(r), order))
            .OrderBy(p => p.Rule.Priority).ThenBy(p => p.order)
            .Select(p => p.Rule)];
    }

    public PhraseMatcher<int[]> Matcher { get; }

    public int ConceptCount { get; }

    public NearPattern[] NearPatterns { get; }

    public string[] FactNames { get; }

    public string[] Labels { get; }

    public ConceptKind[] Kind { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    public EmergencyRule[] Rules { get; }

    public int Fact(string name) => Index.TryGetValue(name, out var i) ? i : throw new InvalidOperationException($"Unknown emergency fact '{name}'.");

    private EmergencyRule Compile(EmergencyRuleEntry r)
    {
        if (!EmergencyCategories.All.Contains(r.Category)) throw new InvalidOperationException($"Rule {r.Id}: unknown category {r.Category}.");
        int[][] all = [.. r.All.Select(item => item.Split('|').Select(Fact).ToArray())];
        int[] any = [.. (r.Any ?? []).Select(Fact)];
        int[] none = [.. (r.None ?? []).Select(Fact)];
        (int, int)[] minMatches = [.. (r.MinMatches ?? new Dictionary<string, int>()).Select(p => (Fact(p.Key), p.Value))];
        return new EmergencyRule(r.Id, r.Category, r.Priority, r.Summary, all, any, r.MinAny ?? 1, none, minMatches);
    }
}

internal sealed record EmergencyRule(
    string Id,
    string Category,
    int Priority,
    string Summary,
    int[][] All,
    int[] Any,
    int MinAny,
    int[] None,
    (int Fact, int Count)[] MinMatches);

/// <summary>How context limits a concept: findings must be current; symptoms ignore a bare "history of" list cue; risks may be historical.</summary>
internal enum ConceptKind : byte
{
    Finding,
    Symptom,
    Risk,
    Intent,
}

/// <summary>A concept found from nearby words: one word of each group within a window, in one sentence.</summary>
internal sealed class NearPattern(int concept, int window, HashSet<string>[] groups)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] lookups = [.. groups.Select(g => g.GetAlternateLookup<ReadOnlySpan<char>>())];

    public int Concept => concept;

    /// <summary>The token range [first, end) of the first occurrence, or null.</summary>
    public (int First, int End)? Find(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!lookups[0].Contains(t.Norm(i))) continue;
            int lo = i, hi = i + 1;
            var all = true;
            for (var g = 1; g < lookups.Length && all; g++)
            {
                var found = -1;
                for (var j = Math.Max(0, i - window); j < Math.Min(t.Count, i + window + 1); j++)
                {
                    if (j != i && t[j].Sentence == t[i].Sentence && lookups[g].Contains(t.Norm(j))) { found = j; break; }
                }

                if (found < 0) all = false;
                else { lo = Math.Min(lo, found); hi = Math.Max(hi, found + 1); }
            }

            if (all) return (lo, hi);
        }

        return null;
    }
}
