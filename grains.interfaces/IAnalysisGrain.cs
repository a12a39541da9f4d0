namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>
/// Session-less analysis for HTTP callers (POST /api/deidentify, POST /api/analyze). A stateless worker:
/// nothing it sees is stored, and pseudonyms are numbered per call only.
/// </summary>
[Alias("IAnalysisGrain")]
public interface IAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>The redacted text, the redactions (offsets into the input) and the PHI types found.</summary>
    [Alias("Deidentify")]
    Task<DeidentifyResult> Deidentify(string text);

    /// <summary>The frames one input would produce in a new session, in order, without creating a session.</summary>
    [Alias("Analyze")]
    Task<IReadOnlyList<SessionEvent>> Analyze(string text);
}

[GenerateSerializer, Immutable, Alias("DeidentifyResult")]
public sealed record DeidentifyResult(
    [property: Id(0)] string RedactedText,
    [property: Id(1)] IReadOnlyList<RedactionInfo> Redactions,
    [property: Id(2)] IReadOnlyList<string> PhiTypes);
