using System.Text.RegularExpressions;

namespace Orleans.Clinical.Analysis.Floor;

/// <summary>
/// The original design's emergency check: a fixed list of emergency keyword patterns, matched
/// case-insensitively on word boundaries, with no notion of negation, history or vital signs.
/// Kept as the baseline the real detector is measured against, and as the fallback stage.
/// </summary>
public sealed class PatternEmergencyDetector : IEmergencyDetector
{
    private static readonly (string Category, Regex Pattern)[] Patterns =
    [
        (EmergencyCategories.Cardiac, Build(@"chest pain|heart attack|cardiac arrest|crushing chest")),
        (EmergencyCategories.Respiratory, Build(@"can'?t breathe|difficulty breathing|shortness of breath|choking|not breathing")),
        (EmergencyCategories.Neurological, Build(@"stroke|seizure|unconscious|unresponsive|slurred speech|facial droop")),
        (EmergencyCategories.Trauma, Build(@"severe bleeding|gunshot|stab wound|major trauma")),
        (EmergencyCategories.Allergic, Build(@"anaphyla\w*|throat (?:closing|swelling)")),
        (EmergencyCategories.Toxicological, Build(@"overdose|poisoning")),
        (EmergencyCategories.Sepsis, Build(@"sepsis|septic")),
        (EmergencyCategories.Psychiatric, Build(@"suicid\w*|kill myself")),
    ];

    private static Regex Build(string alternatives) => new(
        $@"\b(?:{alternatives})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public EmergencyAssessment Detect(string text)
    {
        foreach (var (category, pattern) in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                EmergencyFinding finding = new(match.Value, match.Index, match.Index + match.Length, EmergencyFinding.Phrase);
                return new EmergencyAssessment(true, category, [finding], $"Possible {category} emergency: \"{match.Value}\".");
            }
        }

        return EmergencyAssessment.None;
    }
}
