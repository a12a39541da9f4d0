using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>
/// Finds the lexicon mentions of a text: case-insensitive phrases and case-sensitive abbreviations, merged so the
/// longest wins; blocker phrases ("CVA tenderness", "flu shot") remove what they cover; abbreviations that need a
/// value ("K", "Na", "Cr") count only before one.
/// </summary>
internal static class MentionFinder
{
    public static List<Mention> Find(ClinicalLexicon lexicon, TokenizedText text)
    {
        List<PhraseMatch<LexiconTerm>> terms = [];
        lexicon.Terms.Match(text, terms);
        List<PhraseMatch<AbbreviationTerm>> abbreviations = [];
        lexicon.Abbreviations.Match(text, abbreviations);

        List<(Mention Mention, bool Blocker)> all = new(terms.Count + abbreviations.Count);
        foreach (var m in terms)
        {
            var blocker = m.Payload.Kind == TermKind.Blocker;
            var concept = m.Payload.Concept ?? lexicon.Concepts[0];
            all.Add((new Mention(m.FirstToken, m.EndToken, m.Start, m.End, concept, m.Payload.Kind, m.Edits), blocker));
        }

        foreach (var m in abbreviations)
        {
            if (Verify(text, m) is { } concept)
            {
                all.Add((new Mention(m.FirstToken, m.EndToken, m.Start, m.End, concept.Concept,
                    concept.NeedsValue ? TermKind.ValueAbbreviation : TermKind.Abbreviation, 0), false));
            }
        }

        all.Sort((a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : b.Mention.Length.CompareTo(a.Mention.Length));
        List<(Mention Mention, bool Blocker)> kept = new(all.Count);
        foreach (var item in all)
        {
            if (kept.Count > 0 && item.Mention.Start < kept[^1].Mention.End)
            {
                if (item.Mention.Length > kept[^1].Mention.Length) kept[^1] = item;
                continue;
            }

            kept.Add(item);
        }

        List<Mention> result = new(kept.Count);
        foreach (var item in kept)
        {
            if (!item.Blocker) result.Add(item.Mention);
        }

        return result;
    }

    private static (LexiconConcept Concept, bool NeedsValue)? Verify(TokenizedText text, PhraseMatch<AbbreviationTerm> match)
    {
        var surface = text.Text.AsSpan(match.Start, match.End - match.Start);
        foreach (var (form, concept, needsValue) in match.Payload.Forms)
        {
            if (!surface.SequenceEqual(form)) continue;
            if (needsValue && !ValueFollows(text, match.EndToken)) continue;
            if (!needsValue && concept.Category is EntityCategory.Condition or EntityCategory.Symptom && IsHeader(text, match)) continue;
            return (concept, needsValue);
        }

        return null;
    }

    // "K 3.1", "Na: 131", "Cr of 1.9", "K was 5.4", "trop <0.01".
    private static bool ValueFollows(TokenizedText text, int index)
    {
        for (var i = index; i < text.Count && i < index + 4; i++)
        {
            if (text[i].Sentence != text[index - 1].Sentence) return false;
            if (text[i].IsNumber) return true;
            var norm = text.Norm(i);
            if (norm is ":" or "=" or "<" or ">" or "of" or "is" or "was" or "+" or "~") continue;
            return false;
        }

        return false;
    }

    // A problem abbreviation alone before a colon at the start of a line is a header ("PE:" physical exam).
    private static bool IsHeader(TokenizedText text, PhraseMatch<AbbreviationTerm> match) =>
        text.IsChar(match.EndToken, ':') && (match.FirstToken == 0 || text[match.FirstToken - 1].Sentence != text[match.FirstToken].Sentence);
}
