namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>Reads the "SYSTEM:code" notation of the data files into a <see cref="ClinicalCode"/>.</summary>
internal static class CodeParser
{
    public static ClinicalCode? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var colon = code.IndexOf(':');
        if (colon <= 0 || colon == code.Length - 1) throw new InvalidDataException($"Code '{code}' is not SYSTEM:code.");
        var system = code[..colon] switch
        {
            "SCT" => ClinicalCode.Snomed,
            "ICD10CM" => ClinicalCode.Icd10Cm,
            "RXNORM" => ClinicalCode.RxNorm,
            "LOINC" => ClinicalCode.Loinc,
            var other => throw new InvalidDataException($"Unknown code system '{other}' in '{code}'."),
        };
        return new ClinicalCode(system, code[(colon + 1)..]);
    }
}
