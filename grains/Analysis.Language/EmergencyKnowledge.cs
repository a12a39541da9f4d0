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
        foreach (var concept in concepts.Concepts)
        {
            var id = names.Count;
            names.Add(concept.Id);
            labels.Add(concept.Label);
            kinds.Add(concept.Kind switch { "risk" => ConceptKind.Risk, "symptom" => ConceptKind.Symptom, _ => ConceptKind.Finding });
            foreach (var phrase in concept.Phrases)
            {
                var key = phrase.ToLowerInvariant();
                if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
                if (!list.Contains(id)) list.Add(id);
            }
        }

        ConceptCount = names.Count;
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
}
