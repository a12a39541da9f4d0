using Orleans.Clinical.Analysis.Entities.Lexicon;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities;

/// <summary>
/// Extracts coded clinical entities from (redacted) text: lexicon phrases (terms, brands, lay wording, misspellings,
/// case-sensitive abbreviations) through the shared phrase matcher, vital signs through the shared vital sign parser,
/// assertion status from the shared ConText engine with entity-specific layers (allergy sections, medication history,
/// ordered tests, chronic problems), medication dose/route/frequency and a calibrated confidence.
/// Stateless after the lexicon is loaded once; thread-safe.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    // Long inputs are analysed in pieces so that the context analysis stays linear in the input.
    private const int SegmentLength = 4_096;

    public static EntityExtractor Default { get; } = new();

    public EntityExtraction Extract(string text)
    {
        if (string.IsNullOrEmpty(text)) return EntityExtraction.Empty;
        List<ClinicalEntity> entities = [];
        if (text.Length <= SegmentLength)
        {
            ExtractSegment(text, 0, entities);
        }
        else
        {
            foreach (var (start, length) in TextSegments.Split(text, SegmentLength))
            {
                ExtractSegment(text.Substring(start, length), start, entities);
            }
        }

        return entities.Count == 0 ? EntityExtraction.Empty : new EntityExtraction(entities);
    }

    private static void ExtractSegment(string text, int offset, List<ClinicalEntity> output)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0) return;
        var lexicon = ClinicalLexicon.Default;
        var masked = ContextText.Mask(text, lexicon.Rules.MaskedWords);
        var context = ContextEngine.Default.Analyze(ReferenceEquals(masked, text) ? tokens : Tokenizer.Tokenize(masked));
        RuleAnalysis rules = new(lexicon.Rules, tokens);
        List<VitalReading> readings = [];
        VitalSignParser.Default.Parse(tokens, readings);
        readings.RemoveAll(r => !VitalConcepts.ByName.ContainsKey(r.Name));

        var first = output.Count;
        var mentions = MentionFinder.Find(lexicon, tokens);
        var mentionTokens = new bool[tokens.Count];
        foreach (var mention in mentions)
        {
            mentionTokens.AsSpan(mention.FirstToken, mention.EndToken - mention.FirstToken).Fill(true);
        }

        foreach (var mention in mentions)
        {
            if (mention.Concept.Category == EntityCategory.Lab && InsideVitalCue(readings, mention.Start)) continue;
            if (MentionBuilder.Build(text, tokens, context, rules, mentionTokens, mention) is { } entity)
            {
                output.Add(Shift(entity, offset));
            }
        }

        foreach (var reading in readings)
        {
            output.Add(Shift(MentionBuilder.Vital(text, context, reading), offset));
        }

        output.Sort(first, output.Count - first, Comparer<ClinicalEntity>.Create((a, b) => a.Start.CompareTo(b.Start)));
    }

    private static bool InsideVitalCue(List<VitalReading> readings, int start)
    {
        foreach (var r in readings)
        {
            if (start >= r.MentionStart && start < r.Start) return true;
        }

        return false;
    }

    private static ClinicalEntity Shift(ClinicalEntity entity, int offset) =>
        offset == 0 ? entity : entity with { Start = entity.Start + offset, End = entity.End + offset };
}
