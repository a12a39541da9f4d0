namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// The ConText triggers of one text (from <see cref="ContextEngine.Analyze"/>), ready to judge mentions.
/// Precedence when several modifiers apply: negated, family, hypothetical, historical, possible, present.
/// </summary>
public sealed class ContextAnalysis
{
    private readonly List<ContextTriggerMatch> hits;
    private readonly ContextFlags[] terminators;
    private readonly int[] questions;

    internal ContextAnalysis(TokenizedText text, List<ContextTriggerMatch> hits, ContextFlags[] terminators, int[] questions)
    {
        Text = text;
        this.hits = hits;
        this.terminators = terminators;
        this.questions = questions;
    }

    public TokenizedText Text { get; }

    public IReadOnlyList<ContextTriggerMatch> Triggers => hits;

    /// <summary>True when the sentence is a question (it ends with '?' and a clause of it opens with a question word).</summary>
    public bool IsQuestion(int sentence) => sentence >= 0 && sentence < questions.Length && questions[sentence] >= 0;

    /// <summary>True when token <paramref name="index"/> lies in the question part of its sentence.</summary>
    public bool InQuestion(int index) =>
        index >= 0 && index < Text.Count && questions[Text[index].Sentence] is var from && from >= 0 && index >= from;

    public Assertion AssertionForSpan(int start, int end, bool? chronicCondition = null)
    {
        var (first, last) = Text.TokenRange(start, end);
        return AssertionForTokens(first, last, chronicCondition);
    }

    /// <summary>
    /// The assertion of the mention in tokens [first, end). <paramref name="chronicCondition"/>: true when the caller
    /// knows the mention is an ongoing chronic condition ("history of hypertension on lisinopril" stays present),
    /// null to look it up in the engine's list.
    /// </summary>
    public Assertion AssertionForTokens(int first, int end, bool? chronicCondition = null)
    {
        var flags = FlagsForTokens(first, end);
        if (flags.HasFlag(ContextFlags.Negated)) return Assertion.Negated;
        if (flags.HasFlag(ContextFlags.Family)) return Assertion.Family;
        if (flags.HasFlag(ContextFlags.Hypothetical)) return Assertion.Hypothetical;
        if (flags.HasFlag(ContextFlags.Historical))
        {
            var isChronic = chronicCondition ?? ContextEngine.Default.IsChronic(Text, first, end);
            if (!(isChronic && flags.HasFlag(ContextFlags.WeakHistorical))) return Assertion.Historical;
        }

        return flags.HasFlag(ContextFlags.Possible) ? Assertion.Possible : Assertion.Present;
    }

    /// <summary>Every modifier whose scope covers tokens [first, end).</summary>
    public ContextFlags FlagsForTokens(int first, int end)
    {
        if (first < 0 || first >= Text.Count || end <= first) return ContextFlags.None;
        end = Math.Min(end, Text.Count);
        var sentence = Text[first].Sentence;
        var flags = ContextFlags.None;
        var strongHistorical = false;
        var current = false;

        // Scopes are a few words long, so only triggers within MaxReach tokens can apply (linear on huge inputs).
        for (var h = FirstHitFrom(first - MaxReach); h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.First >= end + MaxReach) break;
            if (hit.End <= first && Text[hit.End - 1].Sentence != sentence) continue;
            if (hit.First >= end && Text[hit.First].Sentence != sentence) break;
            var trigger = hit.Trigger;
            if (trigger.Category == ContextCategory.Current)
            {
                current |= Text[hit.First].Sentence == sentence;
                continue;
            }

            var flag = Flag(trigger.Category);
            bool applies;
            if (hit.First < end && hit.End > first)
            {
                applies = trigger.Direction == ContextDirection.Self;
            }
            else if (hit.End <= first)
            {
                applies = trigger.Direction is ContextDirection.Forward or ContextDirection.Both
                    && Reaches(hit.End, first, trigger.Window, flag);
            }
            else
            {
                applies = trigger.Direction is ContextDirection.Backward or ContextDirection.Both
                    && Reaches(end, hit.First, trigger.Window, flag);
            }

            if (!applies) continue;
            flags |= flag;
            if (flag == ContextFlags.Historical && !trigger.Weak) strongHistorical = true;
        }

        if (current && flags.HasFlag(ContextFlags.Family)) flags &= ~ContextFlags.Family;
        if (flags.HasFlag(ContextFlags.Historical) && !strongHistorical) flags |= ContextFlags.WeakHistorical;
        if (InQuestion(first)) flags |= ContextFlags.Question | ContextFlags.Hypothetical;
        return flags;
    }

    private const int MaxReach = 40;

    private int FirstHitFrom(int token)
    {
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].First < token) lo = mid + 1; else hi = mid;
        }

        // A long trigger that starts before the bound may still end inside it.
        return Math.Max(0, lo - 1);
    }

    // Tokens [from, to) lie between trigger and mention; from - 1 and to are the trigger's and the mention's edge tokens.
    private bool Reaches(int from, int to, int window, ContextFlags flag)
    {
        if (from >= to) return true;
        if (Text[from - 1].Clause != Text[to].Clause) return false;
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if ((terminators[i] & flag) != 0) return false;
            if (Text[i].Kind != TokenKind.Punctuation && ++words > window) return false;
        }

        return true;
    }

    private static ContextFlags Flag(ContextCategory category) => category switch
    {
        ContextCategory.Negated => ContextFlags.Negated,
        ContextCategory.Historical => ContextFlags.Historical,
        ContextCategory.Family => ContextFlags.Family,
        ContextCategory.Hypothetical => ContextFlags.Hypothetical,
        ContextCategory.Possible => ContextFlags.Possible,
        _ => ContextFlags.None,
    };
}
