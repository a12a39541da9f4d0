namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>Word endings typical of clinical and descriptive vocabulary, for words that no list knows.</summary>
internal static class WordShapes
{
    private static readonly string[] MedicalEndings =
    [
        "tion", "sion", "ology", "logy", "iatrics", "iatric", "atric", "patient", "therapy", "care", "ing", "ics", "ive", "ery", "ism",
        "itis", "osis", "emia", "aemia", "algia", "pathy", "ectomy", "otomy", "ostomy", "plasty", "scopy", "graphy", "gram", "uria",
        "penia", "cytosis", "megaly", "natal", "coag", "tic", "ous", "ness", "ment", "able", "ible", "less", "ular", "atory", "ized",
        "ised", "ated", "oid", "ase", "itis", "cardia", "pnea", "noea", "rrhea", "rrhoea", "plegia", "paresis", "trophy", "lysis",
    ];

    /// <summary>"Anticoagulation", "asymptomatic", "Melena"-like words: not taken as a name or place without a list.</summary>
    public static bool MedicalLooking(ReadOnlySpan<char> word)
    {
        foreach (var ending in MedicalEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
