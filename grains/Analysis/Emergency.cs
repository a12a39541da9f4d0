namespace Orleans.Clinical.Analysis;

/// <summary>Evidence for an emergency: a phrase or a vital sign, with offsets into the analysed text.</summary>
public sealed record EmergencyFinding(string Text, int Start, int End, string Kind)
{
    public const string Phrase = "phrase";
    public const string Vital = "vital";
}

/// <summary>
/// The verdict of emergency detection. <see cref="Category"/> is one of <see cref="EmergencyCategories"/>
/// when <see cref="IsEmergency"/> is true.
/// </summary>
public sealed record EmergencyAssessment(
    bool IsEmergency,
    string? Category,
    IReadOnlyList<EmergencyFinding> Findings,
    string Summary)
{
    public static EmergencyAssessment None { get; } = new(false, null, [], "");
}

public static class EmergencyCategories
{
    public const string Cardiac = "cardiac";
    public const string Respiratory = "respiratory";
    public const string Neurological = "neurological";
    public const string Trauma = "trauma";
    public const string Allergic = "allergic";
    public const string Toxicological = "toxicological";
    public const string Sepsis = "sepsis";
    public const string Obstetric = "obstetric";
    public const string Psychiatric = "psychiatric";
    public const string Metabolic = "metabolic";

    public static IReadOnlyList<string> All { get; } =
        [Cardiac, Respiratory, Neurological, Trauma, Allergic, Toxicological, Sepsis, Obstetric, Psychiatric, Metabolic];
}

/// <summary>Decides whether a (redacted) input describes a current emergency.</summary>
public interface IEmergencyDetector
{
    EmergencyAssessment Detect(string text);
}
