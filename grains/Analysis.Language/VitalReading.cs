namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// One vital sign or lab value read from text. <see cref="Start"/>/<see cref="End"/> cover the number only,
/// <see cref="MentionStart"/>/<see cref="MentionEnd"/> the whole mention with its cue and unit (UTF-16, end exclusive).
/// <see cref="Unit"/> is as stated or implied (bpm, mmHg, breaths/min, %, C or F, mg/dL or mmol/L, null for GCS and INR).
/// <see cref="Context"/> is the oxygen setting of a saturation ("room air", "4 L", "oxygen") when stated.
/// <see cref="Repeat"/> is true for a second value of the same mention ("HR 140, then 96").
/// </summary>
public sealed record VitalReading(
    string Name,
    double Value,
    string? Unit,
    int Start,
    int End,
    int MentionStart,
    int MentionEnd,
    bool Abnormal,
    string? Context = null,
    bool Repeat = false)
{
    /// <summary>The value in the standard unit: temperature in C, glucose in mg/dL; otherwise <see cref="Value"/>.</summary>
    public double StandardValue => (Name, Unit) switch
    {
        ("temperature", "F") => Math.Round((Value - 32) * 5 / 9, 1),
        ("glucose", "mmol/L") => Math.Round(Value * 18.016, 0),
        _ => Value,
    };

    public bool OnRoomAir => Context == "room air";
}
