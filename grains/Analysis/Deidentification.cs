namespace Orleans.Clinical.Analysis;

/// <summary>One PHI span found in the original input. Offsets are UTF-16 code units, end exclusive.</summary>
public sealed record PhiRedaction(string Type, int Start, int End, string Replacement);

/// <summary>The input as stored and analysed, and what was replaced in it.</summary>
public sealed record DeidentifiedText(string RedactedText, IReadOnlyList<PhiRedaction> Redactions)
{
    public bool HasPhi => Redactions.Count > 0;

    public IReadOnlyList<string> PhiTypes => Redactions.Select(r => r.Type).Distinct().ToArray();
}

/// <summary>
/// Gives the typed, numbered replacement for a PHI value (for example <c>[NAME-1]</c>), the same
/// one every time the same value is seen in a session. Implementations never keep the raw value.
/// </summary>
public interface IPseudonymSource
{
    string ReplacementFor(string phiType, string value);
}

/// <summary>Finds and replaces the HIPAA Safe Harbor identifiers in free text.</summary>
public interface IPhiRedactor
{
    DeidentifiedText Redact(string text, IPseudonymSource pseudonyms);
}
