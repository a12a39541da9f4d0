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
        List<(int, NearPatternEntry)> nearPatterns = [];
        foreach (var concept in concepts.Concepts)
        {
            var id = names.Count;
            names.Add(concept.Id);
            labels.Add(concept.Label);
            kinds.Add(concept.Kind switch { "risk" => ConceptKind.Risk, "symptom" => ConceptKind.Symptom, "intent" => ConceptKind.Intent, _ => ConceptKind.Finding });
            foreach (var near in concept.Near ?? [])
            {
                nearPatterns.Add((id, near));
            }

            foreach (var phrase in concept.Phrases)
            {
                var key = phrase.ToLowerInvariant();
                if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
                if (!list.Contains(id)) list.Add(id);
            }
        }

        ConceptCount = names.Count;
        Near = new NearPatterns(nearPatterns);
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

    public NearPatterns Near { get; }

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

/// <summary>
/// Concepts found from nearby words: one word of each group within a window, in one sentence. All patterns share
/// one word index, so a text costs one lookup per token.
/// </summary>
internal sealed class NearPatterns
{
    private readonly Dictionary<string, ulong> masks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly (int Concept, int Window, int Groups)[] patterns;

    public NearPatterns(IReadOnlyList<(int Concept, NearPatternEntry Entry)> entries)
    {
        if (entries.Count > 8) throw new InvalidOperationException("At most 8 proximity patterns.");
        patterns = new (int, int, int)[entries.Count];
        for (var p = 0; p < entries.Count; p++)
        {
            var (concept, entry) = entries[p];
            if (entry.Groups.Count > 8) throw new InvalidOperationException("At most 8 word groups in a proximity pattern.");
            patterns[p] = (concept, entry.Window, entry.Groups.Count);
            for (var g = 0; g < entry.Groups.Count; g++)
            {
                foreach (var word in entry.Groups[g])
                {
                    masks[word] = masks.GetValueOrDefault(word) | (1UL << (p * 8 + g));
                }
            }
        }

        lookup = masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Calls <paramref name="found"/> with each concept whose words occur close together, and their token range.</summary>
    public void Find(TokenizedText t, Action<int, int, int> found)
    {
        if (patterns.Length == 0 || t.Count == 0) return;
        var tokenMasks = System.Buffers.ArrayPool<ulong>.Shared.Rent(t.Count);
        try
        {
            var any = 0UL;
            for (var i = 0; i < t.Count; i++)
            {
                tokenMasks[i] = t[i].Kind == TokenKind.Word && lookup.TryGetValue(t.Norm(i), out var m) ? m : 0;
                any |= tokenMasks[i];
            }

            for (var p = 0; p < patterns.Length; p++)
            {
                var (concept, window, groups) = patterns[p];
                var needed = ((1UL << groups) - 1) << (p * 8);
                if ((any & needed) != needed) continue;
                if (FindOne(t, tokenMasks, p, window, groups) is { } range) found(concept, range.First, range.End);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(tokenMasks);
        }
    }

    private static (int First, int End)? FindOne(TokenizedText t, ulong[] tokenMasks, int p, int window, int groups)
    {
        var first = 1UL << (p * 8);
        for (var i = 0; i < t.Count; i++)
        {
            if ((tokenMasks[i] & first) == 0) continue;
            int lo = i, hi = i + 1;
            var all = true;
            for (var g = 1; g < groups && all; g++)
            {
                var bit = 1UL << (p * 8 + g);
                var found = -1;
                for (var j = Math.Max(0, i - window); j < Math.Min(t.Count, i + window + 1); j++)
                {
                    if (j != i && (tokenMasks[j] & bit) != 0 && t[j].Sentence == t[i].Sentence) { found = j; break; }
                }

                if (found < 0) all = false;
                else { lo = Math.Min(lo, found); hi = Math.Max(hi, found + 1); }
            }

            if (all) return (lo, hi);
        }

        return null;
    }
}
