using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>
/// The entity-specific cues and sections of one tokenized text: which section each sentence is in (a header line
/// "Allergies:" opens one; a header with nothing after its colon carries on over the short lines below it) and
/// where the allergy, medication-history, historical and order cues are.
/// </summary>
internal sealed class RuleAnalysis
{
    private const int ListLineMaxWords = 10;

    private readonly TokenizedText text;
    private readonly List<PhraseMatch<RuleCue>> cues = [];
    private readonly SectionKind[] sections;
    private readonly int[] contentStart;

    public RuleAnalysis(EntityRules rules, TokenizedText text)
    {
        this.text = text;
        rules.Cues.Match(text, cues);
        sections = new SectionKind[text.SentenceCount];
        contentStart = new int[text.SentenceCount];
        var carried = SectionKind.None;
        for (var sentence = 0; sentence < text.SentenceCount; sentence++)
        {
            var (first, end) = text.SentenceRange(sentence);
            var colon = HeaderColon(first, end);
            if (colon > first)
            {
                var kind = rules.Header(EntityRules.HeaderKey(text, first, colon));
                sections[sentence] = kind;
                contentStart[sentence] = colon + 1;
                carried = colon + 1 >= end ? kind : SectionKind.None;
                continue;
            }

            var continues = carried != SectionKind.None && !BlankLineBefore(first) && text.WordCount(first, end) <= ListLineMaxWords;
            sections[sentence] = continues ? carried : SectionKind.None;
            contentStart[sentence] = first;
            if (!continues) carried = SectionKind.None;
        }
    }

    /// <summary>The section of the mention starting at token <paramref name="first"/> (after the header's colon).</summary>
    public SectionKind SectionOf(int first)
    {
        var sentence = text[first].Sentence;
        return first >= contentStart[sentence] ? sections[sentence] : SectionKind.None;
    }

    /// <summary>
    /// True when an allergy cue ("allergic to") comes before token <paramref name="first"/> in its clause with only a list
    /// between: other mentions (allergens, reactions), punctuation and joining words ("and", "or", "causes").
    /// </summary>
    public bool InAllergyList(int first, bool[] mentionTokens, IReadOnlySet<string> glue)
    {
        PhraseMatch<RuleCue>? nearest = null;
        foreach (var cue in cues)
        {
            if (cue.FirstToken >= first) break;
            if ((cue.Payload & RuleCue.AllergyForward) != 0 && cue.EndToken <= first) nearest = cue;
        }

        if (nearest is not { } found || text[found.EndToken - 1].Clause != text[first].Clause) return false;
        for (var i = found.EndToken; i < first; i++)
        {
            if (text[i].IsPunctuation || mentionTokens[i]) continue;
            if (!glue.Contains(text.NormString(i))) return false;
        }

        return true;
    }

    /// <summary>True when a cue of <paramref name="kind"/> ends at most <paramref name="window"/> words before token <paramref name="first"/>, in its clause.</summary>
    public bool CueBefore(int first, RuleCue kind, int window)
    {
        foreach (var cue in cues)
        {
            if (cue.FirstToken >= first) break;
            if ((cue.Payload & kind) == 0 || cue.EndToken > first) continue;
            if (text[cue.EndToken - 1].Clause != text[first].Clause) continue;
            if (text.WordCount(cue.EndToken, first) <= window) return true;
        }

        return false;
    }

    /// <summary>True when a cue of <paramref name="kind"/> starts at most <paramref name="window"/> words after token end <paramref name="end"/>, in its clause.</summary>
    public bool CueAfter(int end, RuleCue kind, int window)
    {
        if (end <= 0 || end >= text.Count) return false;
        foreach (var cue in cues)
        {
            if (cue.FirstToken < end || (cue.Payload & kind) == 0) continue;
            if (text[cue.FirstToken].Clause != text[end - 1].Clause) return false;
            return text.WordCount(end, cue.FirstToken) <= window;
        }

        return false;
    }

    // A header is at most four words at the start of a line followed by ':'.
    private int HeaderColon(int first, int end)
    {
        for (var i = first; i < end && i < first + 7; i++)
        {
            if (text[i].IsPunctuation && text.IsChar(i, ':')) return text.WordCount(first, i) is >= 1 and <= 4 ? i : -1;
            if (text[i].IsNumber) return -1;
        }

        return -1;
    }

    private bool BlankLineBefore(int first)
    {
        if (first == 0) return false;
        var gap = text.Text.AsSpan(text[first - 1].End, text[first].Start - text[first - 1].End);
        var newlines = 0;
        foreach (var c in gap)
        {
            if (c == '\n') newlines++;
        }

        return newlines >= 2;
    }
}
