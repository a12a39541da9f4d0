namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>A proposed PHI span (UTF-16 offsets into the input, end exclusive); higher priority wins an overlap.</summary>
internal readonly record struct Candidate(int Start, int End, string Type, int Priority)
{
    public int Length => End - Start;
}

/// <summary>Priorities: labelled and validated identifiers first, names (the least certain) last.</summary>
internal static class Priority
{
    public const int Labelled = 100;
    public const int Structured = 90;
    public const int Date = 80;
    public const int Age = 75;
    public const int Address = 60;
    public const int NameStrong = 55;
    public const int Shape = 50;
    public const int NameWeak = 40;
}
