using Orleans.Clinical.Analysis.Entities.Lexicon;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities;

/// <summary>
/// How sure a mention is: exact terms and brand names highest, abbreviations lower (short forms are ambiguous),
/// known misspellings lower, spelling corrections lowest; a medication with its dose or route is surer.
/// The evaluation's calibration table checks that these levels order precision.
/// </summary>
internal static class Confidence
{
    public static double Of(in Mention mention, EntityCategory category, bool allergyContext)
    {
        var value = mention.Kind switch
        {
            TermKind.Term or TermKind.Brand or TermKind.Negated => 0.9,
            TermKind.ValueAbbreviation => 0.85,
            TermKind.Abbreviation => 0.8,
            TermKind.Misspelling => 0.75,
            _ => 0.7,
        };
        if (mention.Edits > 0) value = mention.Edits == 1 ? 0.6 : 0.5;
        if (mention.Length <= 3 && mention.Kind is TermKind.Term) value -= 0.1;
        if (category == EntityCategory.Allergy && allergyContext) value = Math.Max(value, 0.85);
        return Math.Round(value, 2);
    }

    public static double WithAttributes(double confidence) => Math.Round(Math.Min(0.99, confidence + 0.05), 2);

    public static double OfVital(VitalReading reading) => reading.Repeat ? 0.85 : 0.95;
}
