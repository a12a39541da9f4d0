namespace Orleans.Clinical.Analysis;

/// <summary>Triage levels after Semigran et al., BMJ 2015;351:h3480.</summary>
public static class Triage
{
    public const string Emergent = "emergent";
    public const string NonEmergent = "non_emergent";
    public const string SelfCare = "self_care";

    /// <summary>Higher is more urgent.</summary>
    public static int Rank(string triage) => triage switch
    {
        Emergent => 2,
        NonEmergent => 1,
        _ => 0,
    };
}

/// <summary>
/// The case as known so far in a session: every redacted input in order, and the entities
/// extracted from each (offsets relative to that input).
/// </summary>
public sealed record ClinicalCase(IReadOnlyList<string> Texts, IReadOnlyList<ClinicalEntity> Entities)
{
    public static ClinicalCase Of(string text, EntityExtraction entities) => new([text], entities.Entities);
}

/// <summary>One ranked condition. <see cref="Probability"/> is posterior mass; the list sums to at most 1.</summary>
public sealed record DifferentialItem(
    string Condition,
    string Code,
    double Probability,
    IReadOnlyList<string> Supporting,
    IReadOnlyList<string> Against,
    string Triage);

public sealed record DifferentialResult(
    IReadOnlyList<DifferentialItem> Items,
    double OtherProbability,
    double UncertaintyLevel,
    string Triage,
    IReadOnlyList<string> ReasoningSteps)
{
    public static DifferentialResult Empty { get; } = new([], 1.0, 1.0, Analysis.Triage.SelfCare, []);
}

/// <summary>Ranks conditions for a case and sets its triage level.</summary>
public interface IDifferentialDiagnosis
{
    DifferentialResult Rank(ClinicalCase clinicalCase);
}
