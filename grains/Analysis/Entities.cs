namespace Orleans.Clinical.Analysis;

/// <summary>Entity categories, in the order the protocol lists them.</summary>
public enum EntityCategory
{
    Symptom,
    Condition,
    Medication,
    Vital,
    Allergy,
    Procedure,
    Lab,
}

/// <summary>A code in a terminology: SNOMED CT, ICD-10-CM, RxNorm or LOINC.</summary>
public sealed record ClinicalCode(string System, string Code)
{
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Loinc = "http://loinc.org";
}

/// <summary>
/// One mention of a clinical entity. Offsets are UTF-16 code units into the analysed text, end exclusive.
/// <see cref="Concept"/> is the lower-case canonical name. Medication and vital details are null when
/// they do not apply or were not stated.
/// </summary>
public sealed record ClinicalEntity(
    EntityCategory Category,
    string Text,
    int Start,
    int End,
    string Concept,
    ClinicalCode? Code,
    Assertion Assertion,
    double Confidence)
{
    public string? Dose { get; init; }
    public string? Route { get; init; }
    public string? Frequency { get; init; }

    /// <summary>Vital name: heart_rate, systolic_bp, diastolic_bp, respiratory_rate, spo2, temperature, gcs, glucose.</summary>
    public string? VitalName { get; init; }
    public double? Value { get; init; }
    public string? Unit { get; init; }
    public bool? Abnormal { get; init; }
}

public sealed record EntityExtraction(IReadOnlyList<ClinicalEntity> Entities)
{
    public static EntityExtraction Empty { get; } = new([]);

    public IEnumerable<ClinicalEntity> Of(EntityCategory category) => Entities.Where(e => e.Category == category);
}

/// <summary>Extracts coded clinical entities with assertion status from (redacted) text.</summary>
public interface IEntityExtractor
{
    EntityExtraction Extract(string text);
}
