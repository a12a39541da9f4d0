namespace Orleans.Clinical.Grains.Interfaces;

/// <summary><c>phi_warning</c>: the input held PHI, which was replaced before storage and analysis.</summary>
[GenerateSerializer, Immutable, Alias("PhiRedacted")]
public sealed record PhiRedacted : SessionEvent
{
    public override string Type => "phi_warning";

    [Id(0)] public IReadOnlyList<string> PhiTypes { get; init; } = [];
    [Id(1)] public string RedactedText { get; init; } = "";
    [Id(2)] public IReadOnlyList<RedactionInfo> Redactions { get; init; } = [];
    [Id(3)] public string ComplianceStatus { get; init; } = "phi_protected";
    [Id(4)] public string Message { get; init; } = "";
}

/// <summary>One replaced identifier: offsets into the original input (UTF-16, end exclusive).</summary>
[GenerateSerializer, Immutable, Alias("RedactionInfo")]
public sealed record RedactionInfo(
    [property: Id(0)] string Type,
    [property: Id(1)] int Start,
    [property: Id(2)] int End,
    [property: Id(3)] string Replacement);
