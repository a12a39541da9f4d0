namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Reads vital signs and common lab values with their units from tokenized text: "BP 68/40", "HR 138",
/// "SpO2 82% on RA", "RR 34", "T 39.8 C" / "103.6 F" (unit inferred when missing), "GCS 7", "glucose 38 mg/dL" /
/// "2.1 mmol/L", "K 7.1", "lactate 4.2". Cues, units, plausible and normal (adult) ranges are data
/// (Data/vitals.json). Use <see cref="Default"/>; thread-safe.
/// </summary>
public sealed class VitalSignParser
{
    private static readonly Lazy<VitalSignParser> Lazy = new(() => new VitalSignParser(EmbeddedData.ReadJson<VitalData>("vitals.json")));

    private readonly PhraseMatcher<VitalMeasure> cues;
    private readonly HashSet<string> fillers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> fillerLookup;
    private readonly HashSet<string> continuations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> continuationLookup;
    private readonly Dictionary<string, VitalMeasure> measures;

    private VitalSignParser(VitalData data)
    {
        measures = data.Measures.ToDictionary(m => m.Name, StringComparer.Ordinal);
        cues = new PhraseMatcher<VitalMeasure>(data.Measures.SelectMany(m => m.Cues.Select(c => (c, m))), PhraseMatcherOptions.NoFuzzy);
        fillers = new HashSet<string>(data.Fillers, StringComparer.Ordinal);
        fillerLookup = fillers.GetAlternateLookup<ReadOnlySpan<char>>();
        continuations = new HashSet<string>(data.Continuations, StringComparer.Ordinal);
        continuationLookup = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static VitalSignParser Default => Lazy.Value;

    public IReadOnlyList<VitalReading> Parse(string text) => Parse(Tokenizer.Tokenize(text));

    public IReadOnlyList<VitalReading> Parse(TokenizedText text)
    {
        List<VitalReading> readings = [];
        Parse(text, readings);
        return readings;
    }

    /// <summary>Adds the readings of <paramref name="text"/> to <paramref name="readings"/>, in text order.</summary>
    public void Parse(TokenizedText text, List<VitalReading> readings)
    {
        List<PhraseMatch<VitalMeasure>> found = [];
        cues.Match(text, found);
        var cueStarts = new bool[text.Count + 1];
        foreach (var cue in found) cueStarts[cue.FirstToken] = true;
        var consumedUpTo = 0;
        foreach (var cue in found)
        {
            if (cue.FirstToken < consumedUpTo) continue;
            var i = cue.EndToken;
            var skipped = 0;
            while (i < text.Count && text[i].Sentence == text[cue.FirstToken].Sentence && skipped < 4
                && text[i].Kind != TokenKind.Number && fillerLookup.Contains(text.Norm(i)))
            {
                i++;
                skipped++;
            }

            if (!text.TryNumber(i, out _)) continue;
            var end = Read(text, cue.Payload, cue.Start, i, readings, repeat: false);
            if (end <= i) continue;
            consumedUpTo = Continue(text, cue.Payload, cue.Start, end, readings, cueStarts);
        }

        var covered = new bool[text.Count];
        foreach (var r in readings) Cover(text, covered, r);
        ReadUnitOnly(text, readings, covered);
        readings.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // A later value of the same measure in the same sentence: "HR 140, then 96", "BP 182/104 and 178/100".
    private int Continue(TokenizedText text, VitalMeasure measure, int mentionStart, int end, List<VitalReading> readings, bool[] cueStarts)
    {
        var sentence = text[end - 1].Sentence;
        var i = end;
        var limit = Math.Min(text.Count, end + 10);
        while (i < limit && text[i].Sentence == sentence)
        {
            if (text[i].Kind == TokenKind.Number)
            {
                if (i == 0 || !continuationLookup.Contains(text.Norm(i - 1))) return i;
                var next = Read(text, measure, mentionStart, i, readings, repeat: true);
                if (next <= i) return i;
                i = end = next;
                limit = Math.Min(text.Count, end + 10);
                continue;
            }

            if (cueStarts[i]) return i;
            i++;
        }

        return end;
    }

    // Reads the value at token i (and its unit); returns the token after the mention, or i when nothing was read.
    private int Read(TokenizedText text, VitalMeasure measure, int mentionStart, int i, List<VitalReading> readings, bool repeat)
    {
        text.TryNumber(i, out var value);
        if (measure.Name == "blood_pressure")
        {
            if (!(text.IsChar(i + 1, '/') && text.TryNumber(i + 2, out var diastolic))) return i;
            if (!InRange(value, measure.Plausible) || !InRange(diastolic, measure.PlausibleDiastolic ?? measure.Plausible)) return i;
            var after = i + 3;
            if (IsWord(text, after, "mmhg")) after++;
            else if (IsWord(text, after, "mm") && IsWord(text, after + 1, "hg")) after += 2;
            var mentionEnd = text[after - 1].End;
            readings.Add(new VitalReading("systolic_bp", value, "mmHg", text[i].Start, text[i].End, mentionStart, mentionEnd,
                !InRange(value, measure.Normal), null, repeat));
            readings.Add(new VitalReading("diastolic_bp", diastolic, "mmHg", text[i + 2].Start, text[i + 2].End, mentionStart, mentionEnd,
                !InRange(diastolic, measure.NormalDiastolic ?? measure.Normal), null, repeat));
            return after;
        }

        // "68/40" after a non-BP cue is not that measure.
        if (text.IsChar(i + 1, '/') && text.TryNumber(i + 2, out _) && measure.Name != "glucose") return i;
        if (IsDuration(text, i + 1)) return i;
        var (unit, next) = ReadUnit(text, measure, i + 1, value);
        if (unit == "?") return i;
        var standard = Standard(measure.Name, value, unit);
        if (!InRange(measure.Name == "temperature" || measure.Name == "glucose" ? standard : value, Plausible(measure, unit))) return i;
        string? context = null;
        if (measure.Name == "spo2") (context, next) = ReadOxygen(text, next);
        readings.Add(new VitalReading(measure.Name, value, unit, text[i].Start, text[i].End, mentionStart, text[next - 1].End,
            !InRange(standard, measure.Normal), context, repeat));
        return next;
    }

    private static (double Low, double High) Plausible(VitalMeasure measure, string? unit) =>
        measure.Name switch
        {
            "temperature" => (25, 45),
            "glucose" => (5, 2500),
            _ => (measure.Plausible[0], measure.Plausible[1]),
        };

    private static bool InRange(double value, (double Low, double High) range) => value >= range.Low && value <= range.High;

    private static bool InRange(double value, IReadOnlyList<double> range) => value >= range[0] && value <= range[1];

    private static double Standard(string name, double value, string? unit) => (name, unit) switch
    {
        ("temperature", "F") => (value - 32) * 5 / 9,
        ("glucose", "mmol/L") => value * 18.016,
        _ => value,
    };

    private static bool IsWord(TokenizedText text, int i, string word) => i < text.Count && text.Is(i, word);

    private static readonly HashSet<string> DurationWords =
        ["sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days",
         "wk", "wks", "week", "weeks", "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years", "x", "times", "tablets", "pills", "am", "pm"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationLookup = DurationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // "potassium in 1 week", "HR 3 days ago": a number followed by a time or count unit is not the measurement.
    private static bool IsDuration(TokenizedText text, int i) => i < text.Count && text[i].Kind == TokenKind.Word && DurationLookup.Contains(text.Norm(i));

    // The stated unit after the number, or the implied one; "?" when the unit says this is another measure.
    private static (string? Unit, int Next) ReadUnit(TokenizedText text, VitalMeasure measure, int i, double value)
    {
        switch (measure.Name)
        {
            case "temperature":
            {
                var j = i;
                if (text.IsChar(j, '°') || IsWord(text, j, "deg") || IsWord(text, j, "degrees") || IsWord(text, j, "degree")) j++;
                if (IsWord(text, j, "c") || IsWord(text, j, "celsius") || IsWord(text, j, "°c")) return ("C", j + 1);
                if (IsWord(text, j, "f") || IsWord(text, j, "fahrenheit") || IsWord(text, j, "°f")) return ("F", j + 1);
                return (value >= 80 ? "F" : "C", j);
            }
            case "glucose":
            {
                if (IsWord(text, i, "mg") && text.IsChar(i + 1, '/') && IsWord(text, i + 2, "dl")) return ("mg/dL", i + 3);
                if (IsWord(text, i, "mg/dl") || IsWord(text, i, "mgdl")) return ("mg/dL", i + 1);
                if (IsWord(text, i, "mmol") && text.IsChar(i + 1, '/') && IsWord(text, i + 2, "l")) return ("mmol/L", i + 3);
                if (IsWord(text, i, "mmol")) return ("mmol/L", i + 1);
                var isDecimal = text.Lower.Slice(text[i - 1].Start, text[i - 1].Length).Contains('.');
                return (value < 25 || (isDecimal && value < 35) ? "mmol/L" : "mg/dL", i);
            }
            case "spo2":
                return text.IsChar(i, '%') ? ("%", i + 1) : ("%", i);
            case "heart_rate":
                if (IsWord(text, i, "bpm")) return ("bpm", i + 1);
                if (IsWord(text, i, "beats")) return ("bpm", IsWord(text, i + 1, "per") && IsWord(text, i + 2, "minute") ? i + 3 : i + 1);
                if (text.IsChar(i, '%') || IsWord(text, i, "mg") || IsWord(text, i, "kg")) return ("?", i);
                return ("bpm", i);
            case "respiratory_rate":
                if (IsWord(text, i, "breaths")) return ("breaths/min", text.IsChar(i + 1, '/') && IsWord(text, i + 2, "min") ? i + 3 : i + 1);
                if (text.IsChar(i, '/') && IsWord(text, i + 1, "min")) return ("breaths/min", i + 2);
                if (text.IsChar(i, '%')) return ("?", i);
                return ("breaths/min", i);
            default:
                if (text.IsChar(i, '%') && measure.Name is not ("hemoglobin" or "spo2")) return ("?", i);
                return (measure.Unit, i);
        }
    }

    private static (string? Context, int Next) ReadOxygen(TokenizedText text, int i)
    {
        var j = i;
        if (IsWord(text, j, "on")) j++;
        if (IsWord(text, j, "ra")) return ("room air", j + 1);
        if (IsWord(text, j, "room") && IsWord(text, j + 1, "air")) return ("room air", j + 2);
        if (text.TryNumber(j, out var litres) && (IsWord(text, j + 1, "l") || IsWord(text, j + 1, "lpm") || IsWord(text, j + 1, "liters") || IsWord(text, j + 1, "litres")))
        {
            var end = j + 2;
            if (IsWord(text, end, "nc") || IsWord(text, end, "o2") || IsWord(text, end, "oxygen")) end++;
            return ($"{litres.ToString(System.Globalization.CultureInfo.InvariantCulture)} L", end);
        }

        if (j > i && (IsWord(text, j, "nrb") || IsWord(text, j, "bipap") || IsWord(text, j, "cpap") || IsWord(text, j, "oxygen") || IsWord(text, j, "o2")
            || IsWord(text, j, "hfnc") || IsWord(text, j, "nc") || IsWord(text, j, "vent") || IsWord(text, j, "ventilator") || IsWord(text, j, "mask")))
        {
            return ("oxygen", j + 1);
        }

        return (null, i);
    }

    // Values identified by their unit alone: "120 bpm", "102.4 F", "88% on room air".
    private void ReadUnitOnly(TokenizedText text, List<VitalReading> readings, bool[] covered)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (text[i].Kind != TokenKind.Number || covered[i] || !text.TryNumber(i, out var value)) continue;
            var before = readings.Count;
            ReadUnitOnlyAt(text, readings, i, value);
            for (var k = before; k < readings.Count; k++) Cover(text, covered, readings[k]);
        }
    }

    private void ReadUnitOnlyAt(TokenizedText text, List<VitalReading> readings, int i, double value)
    {
        if (i > 0 && text[i - 1].End == text[i].Start && text[i - 1].Kind != TokenKind.Punctuation) return;
        if (IsWord(text, i + 1, "bpm") && value is >= 15 and <= 320)
        {
            var m = measures["heart_rate"];
            readings.Add(new VitalReading("heart_rate", value, "bpm", text[i].Start, text[i].End, text[i].Start, text[i + 1].End, !InRange(value, m.Normal)));
        }
        else if ((text.IsChar(i + 1, '°') && (IsWord(text, i + 2, "f") || IsWord(text, i + 2, "c"))) || IsWord(text, i + 1, "°f") || IsWord(text, i + 1, "°c")
                 || ((IsWord(text, i + 1, "f") || IsWord(text, i + 1, "c")) && text.Lower.Slice(text[i].Start, text[i].Length).Contains('.')))
        {
            var (unit, next) = ReadUnit(text, measures["temperature"], i + 1, value);
            var standard = Standard("temperature", value, unit);
            if (standard is >= 25 and <= 45)
            {
                readings.Add(new VitalReading("temperature", value, unit, text[i].Start, text[i].End, text[i].Start, text[next - 1].End, !InRange(standard, measures["temperature"].Normal)));
            }
        }
        else if (text.IsChar(i + 1, '%') && value is >= 30 and <= 100)
        {
            var (context, next) = ReadOxygen(text, i + 2);
            if (context is not null)
            {
                readings.Add(new VitalReading("spo2", value, "%", text[i].Start, text[i].End, text[i].Start, text[next - 1].End, !InRange(value, measures["spo2"].Normal), context));
            }
        }
        else if (text.IsChar(i + 1, '/') && text.TryNumber(i + 2, out var diastolic) && (IsWord(text, i + 3, "mmhg") || (IsWord(text, i + 3, "mm") && IsWord(text, i + 4, "hg"))))
        {
            Read(text, measures["blood_pressure"], text[i].Start, i, readings, repeat: false);
            _ = diastolic;
        }
    }

    private static void Cover(TokenizedText text, bool[] covered, VitalReading r)
    {
        var (first, end) = text.TokenRange(r.MentionStart, r.MentionEnd);
        for (var k = first; k < end; k++) covered[k] = true;
    }
}
