namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Age in years (fractions for infants) and sex ('F' or 'M') when the case states them.</summary>
public readonly record struct Demographics(double? AgeYears, char? Sex)
{
    public static Demographics Unknown { get; } = new(null, null);

    public override string ToString()
    {
        var age = AgeYears switch
        {
            null => "age not stated",
            < 1.0 / 12 => $"{Math.Round(AgeYears.Value * 365)}-day-old",
            < 2 => $"{Math.Round(AgeYears.Value * 12)}-month-old",
            _ => $"{Math.Floor(AgeYears.Value)}-year-old",
        };
        var sex = Sex switch { 'F' => "female", 'M' => "male", _ => "sex not stated" };
        return $"{age}, {sex}";
    }
}
