namespace Orleans.Clinical.Analysis.Language;

internal sealed record VitalData(IReadOnlyList<VitalMeasure> Measures, IReadOnlyList<string> Fillers, IReadOnlyList<string> Continuations);

internal sealed record VitalMeasure(
    string Name,
    string? Unit,
    IReadOnlyList<double> Normal,
    IReadOnlyList<double>? NormalDiastolic,
    IReadOnlyList<double> Plausible,
    IReadOnlyList<double>? PlausibleDiastolic,
    IReadOnlyList<string> Cues);
