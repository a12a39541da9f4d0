namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// The ConText/NegEx assertion engine (Harkema et al., J Biomed Inform 2009;42:839-51). Trigger lists are data
/// (Data/context.json); a trigger's scope runs forward or backward within its sentence and clause, for at most its
/// window of words, and ends at a terminator ("but", "however", ";"). Questions ("What are the signs of a stroke?")
/// make their mentions hypothetical. Use <see cref="Default"/>; thread-safe.
/// </summary>
public sealed class ContextEngine
{
    private static readonly Lazy<ContextEngine> Lazy = new(() => new ContextEngine(EmbeddedData.ReadJson<ContextData>("context.json")));

    private readonly PhraseMatcher<ContextTrigger> triggers;
    private readonly PhraseMatcher<bool> chronic;
    private readonly HashSet<string> questionStarters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> questionLookup;

    private ContextEngine(ContextData data)
    {
        List<(string, ContextTrigger)> entries = [];
        foreach (var group in data.Groups)
        {
            var category = Enum.Parse<ContextCategory>(group.Category, ignoreCase: true);
            var direction = group.Direction is null ? ContextDirection.Forward : Enum.Parse<ContextDirection>(group.Direction, ignoreCase: true);
            var terminates = ContextFlags.None;
            foreach (var name in group.Terminates ?? [])
            {
                terminates |= Enum.Parse<ContextFlags>(name, ignoreCase: true);
            }

            if (category == ContextCategory.Terminate && terminates == ContextFlags.None) terminates = AllCategories;
            var window = group.Window ?? (direction == ContextDirection.Backward ? 4 : 8);
            ContextTrigger trigger = new(category, direction, window, group.Weak, terminates);
            entries.AddRange(group.Phrases.Select(p => (p, trigger)));
        }

        ContextTrigger family = new(ContextCategory.Family, ContextDirection.Forward, 10);
        foreach (var relative in data.Relatives)
        {
            foreach (var verb in data.FamilyVerbs)
            {
                entries.Add(($"{relative} {verb}", family));
            }
        }

        ContextTrigger familyBackward = new(ContextCategory.Family, ContextDirection.Backward, 6);
        foreach (var relative in data.Relatives)
        {
            foreach (var owner in (string[])["my", "his", "her", "their", "patient's", "pt's", "a"])
            {
                entries.Add(($"in {owner} {relative}", familyBackward));
            }
        }

        triggers = new PhraseMatcher<ContextTrigger>(MergeDirections(entries), PhraseMatcherOptions.NoFuzzy);
        chronic = new PhraseMatcher<bool>(data.ChronicConditions.Select(c => (c, true)), PhraseMatcherOptions.NoFuzzy);
        questionStarters = new HashSet<string>(data.QuestionStarters, StringComparer.Ordinal);
        questionLookup = questionStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // A phrase listed both as a forward and a backward trigger of one category ("years ago") scopes both ways.
    private static IEnumerable<(string, ContextTrigger)> MergeDirections(List<(string Phrase, ContextTrigger Trigger)> entries)
    {
        Dictionary<string, ContextTrigger> merged = new(StringComparer.OrdinalIgnoreCase);
        List<string> order = [];
        foreach (var (phrase, trigger) in entries)
        {
            if (!merged.TryGetValue(phrase, out var existing))
            {
                merged[phrase] = trigger;
                order.Add(phrase);
            }
            else if (existing.Category == trigger.Category && existing.Direction != trigger.Direction
                     && existing.Direction is ContextDirection.Forward or ContextDirection.Backward
                     && trigger.Direction is ContextDirection.Forward or ContextDirection.Backward)
            {
                merged[phrase] = existing with { Direction = ContextDirection.Both, Window = Math.Max(existing.Window, trigger.Window) };
            }
        }

        return order.Select(p => (p, merged[p]));
    }

    private const ContextFlags AllCategories = ContextFlags.Negated | ContextFlags.Historical | ContextFlags.Family | ContextFlags.Hypothetical | ContextFlags.Possible;

    public static ContextEngine Default => Lazy.Value;

    /// <summary>Finds the triggers, terminators and questions of a text once; ask it about any number of mentions.</summary>
    public ContextAnalysis Analyze(TokenizedText text)
    {
        List<PhraseMatch<ContextTrigger>> found = [];
        triggers.Match(text, found);
        List<ContextTriggerMatch> hits = new(found.Count + 4);
        var terminators = new ContextFlags[text.Count];
        foreach (var m in found)
        {
            switch (m.Payload.Category)
            {
                case ContextCategory.Terminate:
                    for (var i = m.FirstToken; i < m.EndToken; i++) terminators[i] |= m.Payload.Terminates;
                    break;
                case ContextCategory.Pseudo:
                    break;
                case ContextCategory.Current:
                    // "this morning", "now": ends past and family scopes, and marks a relative's event as current.
                    for (var i = m.FirstToken; i < m.EndToken; i++) terminators[i] |= ContextFlags.Historical | ContextFlags.Family;
                    hits.Add(new ContextTriggerMatch(m.FirstToken, m.EndToken, m.Payload));
                    break;
                default:
                    hits.Add(new ContextTriggerMatch(m.FirstToken, m.EndToken, m.Payload));
                    break;
            }
        }

        AddCodedTriggers(text, hits);
        hits.Sort((a, b) => a.First.CompareTo(b.First));
        return new ContextAnalysis(text, hits, terminators, QuestionSentences(text));
    }

    /// <summary>One-off assertion of the mention [start, end) (character offsets) in <paramref name="text"/>.</summary>
    public Assertion AssertionOf(TokenizedText text, int start, int end, bool? chronicCondition = null) =>
        Analyze(text).AssertionForSpan(start, end, chronicCondition);

    /// <summary>True when tokens [first, end) name a chronic condition of the data list ("hypertension", "COPD").</summary>
    public bool IsChronic(TokenizedText text, int first, int end) =>
        chronic.TryMatchAt(text, first, out var m) && m.EndToken >= end;

    private static readonly ContextTrigger Year = new(ContextCategory.Historical, ContextDirection.Both, 4);
    private static readonly ContextTrigger Query = new(ContextCategory.Possible, ContextDirection.Forward, 3);

    private static void AddCodedTriggers(TokenizedText text, List<ContextTriggerMatch> hits)
    {
        var year = DateTime.UtcNow.Year;
        for (var i = 0; i < text.Count; i++)
        {
            var t = text[i];
            if (t.Kind == TokenKind.Number && t.Length == 4 && text.TryNumber(i, out var value) && value >= 1950 && value <= year
                && !IsJoined(text, i - 1, i) && !IsJoined(text, i, i + 1))
            {
                hits.Add(new ContextTriggerMatch(i, i + 1, Year));
            }
            else if (t.Kind == TokenKind.Punctuation && text.IsChar(i, '?') && i + 1 < text.Count && text[i + 1].Start == t.End && text[i + 1].Kind == TokenKind.Word)
            {
                hits.Add(new ContextTriggerMatch(i, i + 1, Query));
            }
        }
    }

    // A year written as part of a date or a reading (3/14/2019, 2019-03-14) is not "in 2019".
    private static bool IsJoined(TokenizedText text, int left, int right)
    {
        if (left < 0 || right >= text.Count || text[left].End != text[right].Start) return false;
        var punct = text[left].Kind == TokenKind.Punctuation ? left : right;
        return text.IsChar(punct, '/') || text.IsChar(punct, '-') || text.IsChar(punct, ':') || text.IsChar(punct, '.');
    }

    // For each sentence that ends with '?', the first token of the question: a question word at the start of the
    // sentence or of a clause ("I'm a nurse; how do you recognise anaphylaxis?"); -1 when the sentence is no question.
    private int[] QuestionSentences(TokenizedText text)
    {
        var result = new int[text.SentenceCount];
        Array.Fill(result, -1);
        var first = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (i + 1 < text.Count && text[i + 1].Sentence == text[i].Sentence) continue;
            var sentence = text[i].Sentence;
            if (text.IsChar(i, '?'))
            {
                for (var k = first; k < i; k++)
                {
                    if (text[k].Kind == TokenKind.Punctuation) continue;
                    var clauseStart = k == first || IsClauseBreak(text, k - 1);
                    if (clauseStart && questionLookup.Contains(text.Norm(k)))
                    {
                        result[sentence] = k;
                        break;
                    }
                }
            }

            first = i + 1;
        }

        return result;
    }

    private static bool IsClauseBreak(TokenizedText text, int i) =>
        text[i].Kind == TokenKind.Punctuation
            ? text.IsChar(i, ',') || text.IsChar(i, ';') || text.IsChar(i, ':') || text.IsChar(i, '-') || text.IsChar(i, '(')
            : text.Is(i, "and") || text.Is(i, "but") || text.Is(i, "so") || text.Is(i, "or");
}
