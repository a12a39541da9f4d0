namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// The grading scales the corpus uses, how a level is written on each, and the stated mapping from a
/// level to a normalised quality (high, moderate, low, very_low). The mapping follows the certainty of
/// the evidence, never the strength of the recommendation, and rounds down where a scale mixes the two:
/// <list type="bullet">
/// <item>acc-aha (ACC/AHA class of recommendation / level of evidence, e.g. "COR 1, LOE B-R"):
/// LOE A = high; B, B-R = moderate; B-NR, C, C-LD = low; C-EO = very_low.</item>
/// <item>esc (ESC class / level, e.g. "Class I, Level A"): A = high, B = moderate, C = low.</item>
/// <item>grade (GRADE strength and certainty, e.g. "Strong, moderate certainty"): the certainty.</item>
/// <item>grade-1a2d (GRADE as used by KDIGO, ACCP, ERBP, e.g. "1B"): A = high, B = moderate, C = low,
/// D = very_low; "Not graded" = very_low.</item>
/// <item>uspstf ("Grade B"): A = high; B, C, D = moderate (USPSTF grades need at least moderate
/// certainty); I = very_low (insufficient evidence).</item>
/// <item>nice (NICE wording, "Strong (offer)", "Strong (do not offer)", "Conditional (consider)"):
/// NICE states no certainty per recommendation, so strong = moderate and conditional = low.</item>
/// <item>evidence-ad (NHLBI categories used by GINA and GOLD, "Evidence A"): A = high, B = moderate,
/// C = low, D (consensus) = very_low.</item>
/// <item>ada (ADA Standards of Care, "Grade A"): A = high, B = moderate, C = low, E (expert consensus) = very_low.</item>
/// <item>oxford-cebm (Oxford CEBM 2009, "Level 1b"): 1a-1c = high, 2a-2c = moderate, 3a-3b = low, 4-5 = very_low.</item>
/// <item>acep (ACEP clinical policies, "Level B"): A = high, B = moderate, C = low.</item>
/// <item>aan (AAN classification, "Level A"): A = high, B = moderate, C = low, U = very_low.</item>
/// <item>aap (AAP / AAO-HNS aggregate evidence quality, "Grade B, strong recommendation"):
/// A = high, B = moderate, C = low, D = very_low, X = low.</item>
/// <item>idsa-legacy (IDSA strength-quality before GRADE, "A-II"): I = high, II = moderate, III = very_low.</item>
/// <item>cdc-2022 (CDC 2022 opioid guideline, "Category A, evidence type 2"): type 1 = high, 2 = moderate,
/// 3 = low, 4 = very_low.</item>
/// <item>acog (ACOG practice bulletins, "Level A"): A = high, B = moderate, C (consensus) = very_low.</item>
/// <item>ungraded (consensus statements and guidance without a graded level, "Ungraded"): very_low.</item>
/// </list>
/// </summary>
public static class EvidenceScales
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["acc-aha"] = "ACC/AHA",
        ["esc"] = "ESC",
        ["grade"] = "GRADE",
        ["grade-1a2d"] = "GRADE",
        ["uspstf"] = "USPSTF",
        ["nice"] = "NICE",
        ["evidence-ad"] = "Evidence category",
        ["ada"] = "ADA",
        ["oxford-cebm"] = "Oxford CEBM",
        ["acep"] = "ACEP",
        ["aan"] = "AAN",
        ["aap"] = "AAP",
        ["idsa-legacy"] = "IDSA",
        ["cdc-2022"] = "CDC",
        ["acog"] = "ACOG",
        ["ungraded"] = "Ungraded",
    };

    public static IReadOnlyCollection<string> Known => Labels.Keys;

    /// <summary>A short display name of the scale, used as the prefix of an evidence level.</summary>
    public static string Label(string scale) => Labels.TryGetValue(scale, out var label) ? label : scale;

    /// <summary>The normalised quality of a level written on a scale, or null when the level is not valid there.</summary>
    public static string? Quality(string scale, string level)
    {
        if (string.IsNullOrWhiteSpace(level))
        {
            return null;
        }

        var l = level.Trim();
        return scale switch
        {
            "acc-aha" => AccAha(l),
            "esc" => Esc(l),
            "grade" => Grade(l),
            "grade-1a2d" => l == "Not graded" ? EvidenceQualities.VeryLow
                : l.Length == 2 && l[0] is '1' or '2' ? Letter(l[1], "ABCD", fourth: EvidenceQualities.VeryLow) : null,
            "uspstf" => l switch
            {
                "Grade A" => EvidenceQualities.High,
                "Grade B" or "Grade C" or "Grade D" => EvidenceQualities.Moderate,
                "Grade I" => EvidenceQualities.VeryLow,
                _ => null,
            },
            "nice" => l switch
            {
                "Strong (offer)" or "Strong (do not offer)" or "Strong (must)" => EvidenceQualities.Moderate,
                "Conditional (consider)" => EvidenceQualities.Low,
                _ => null,
            },
            "evidence-ad" => l.StartsWith("Evidence ", StringComparison.Ordinal) && l.Length == 10
                ? Letter(l[9], "ABCD", fourth: EvidenceQualities.VeryLow) : null,
            "ada" => l.StartsWith("Grade ", StringComparison.Ordinal) && l.Length == 7
                ? Letter(l[6], "ABCE", fourth: EvidenceQualities.VeryLow) : null,
            "oxford-cebm" => Oxford(l),
            "acep" => l.StartsWith("Level ", StringComparison.Ordinal) && l.Length == 7
                ? Letter(l[6], "ABC", fourth: null) : null,
            "aan" => l.StartsWith("Level ", StringComparison.Ordinal) && l.Length == 7
                ? Letter(l[6], "ABCU", fourth: EvidenceQualities.VeryLow) : null,
            "aap" => Aap(l),
            "idsa-legacy" => IdsaLegacy(l),
            "cdc-2022" => Cdc2022(l),
            "acog" => l switch
            {
                "Level A" => EvidenceQualities.High,
                "Level B" => EvidenceQualities.Moderate,
                "Level C" => EvidenceQualities.VeryLow,
                _ => null,
            },
            "ungraded" => l == "Ungraded" ? EvidenceQualities.VeryLow : null,
            _ => null,
        };
    }

    // Maps the n-th letter of a scale to high, moderate, low and then the given fourth value.
    private static string? Letter(char c, string letters, string? fourth)
    {
        var i = letters.IndexOf(c);
        return i switch
        {
            0 => EvidenceQualities.High,
            1 => EvidenceQualities.Moderate,
            2 => EvidenceQualities.Low,
            3 => fourth,
            _ => null,
        };
    }

    private static readonly string[] AccAhaClasses = ["1", "2a", "2b", "3: No Benefit", "3: Harm", "I", "IIa", "IIb", "III", "III: No Benefit", "III: Harm"];

    private static string? AccAha(string l)
    {
        var comma = l.IndexOf(", LOE ", StringComparison.Ordinal);
        if (!l.StartsWith("COR ", StringComparison.Ordinal) || comma < 0 || !AccAhaClasses.Contains(l[4..comma]))
        {
            return null;
        }

        return l[(comma + 6)..] switch
        {
            "A" => EvidenceQualities.High,
            "B" or "B-R" => EvidenceQualities.Moderate,
            "B-NR" or "C" or "C-LD" => EvidenceQualities.Low,
            "C-EO" => EvidenceQualities.VeryLow,
            _ => null,
        };
    }

    private static string? Esc(string l)
    {
        var comma = l.IndexOf(", Level ", StringComparison.Ordinal);
        if (!l.StartsWith("Class ", StringComparison.Ordinal) || comma < 0 || l[6..comma] is not ("I" or "IIa" or "IIb" or "III"))
        {
            return null;
        }

        return l[(comma + 8)..] switch
        {
            "A" => EvidenceQualities.High,
            "B" => EvidenceQualities.Moderate,
            "C" => EvidenceQualities.Low,
            _ => null,
        };
    }

    private static string? Grade(string l)
    {
        var comma = l.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0 || l[..comma] is not ("Strong" or "Conditional" or "Weak") || !l.EndsWith(" certainty", StringComparison.Ordinal))
        {
            return null;
        }

        return l[(comma + 2)..^10] switch
        {
            "high" => EvidenceQualities.High,
            "moderate" => EvidenceQualities.Moderate,
            "low" => EvidenceQualities.Low,
            "very low" => EvidenceQualities.VeryLow,
            _ => null,
        };
    }

    private static string? Oxford(string l) => l switch
    {
        "Level 1a" or "Level 1b" or "Level 1c" => EvidenceQualities.High,
        "Level 2a" or "Level 2b" or "Level 2c" => EvidenceQualities.Moderate,
        "Level 3a" or "Level 3b" => EvidenceQualities.Low,
        "Level 4" or "Level 5" => EvidenceQualities.VeryLow,
        _ => null,
    };

    private static readonly string[] AapStrengths = ["strong recommendation", "moderate recommendation", "recommendation", "weak recommendation", "option"];

    private static string? Aap(string l)
    {
        if (!l.StartsWith("Grade ", StringComparison.Ordinal) || l.Length < 10 || l[7] != ',' || !AapStrengths.Contains(l[9..]))
        {
            return null;
        }

        return l[6] == 'X' ? EvidenceQualities.Low : Letter(l[6], "ABCD", fourth: EvidenceQualities.VeryLow);
    }

    private static string? IdsaLegacy(string l)
    {
        if (l.Length < 3 || l[0] is not ('A' or 'B' or 'C') || l[1] != '-')
        {
            return null;
        }

        return l[2..] switch
        {
            "I" => EvidenceQualities.High,
            "II" => EvidenceQualities.Moderate,
            "III" => EvidenceQualities.VeryLow,
            _ => null,
        };
    }

    private static string? Cdc2022(string l)
    {
        if (l.Length != 27 || !(l.StartsWith("Category A, evidence type ", StringComparison.Ordinal)
            || l.StartsWith("Category B, evidence type ", StringComparison.Ordinal)))
        {
            return null;
        }

        return l[26] switch
        {
            '1' => EvidenceQualities.High,
            '2' => EvidenceQualities.Moderate,
            '3' => EvidenceQualities.Low,
            '4' => EvidenceQualities.VeryLow,
            _ => null,
        };
    }
}
