namespace Orleans.Clinical.Analysis.Entities;

/// <summary>
/// Reads the dose, route and frequency written after a medication name ("25 mg PO BID", "1 L IV",
/// "2 puffs inhaled q4h PRN", "sliding scale SC with meals"), verbatim, in any order, stopping at the first word
/// that is none of them or at a clause boundary. A hand-written scanner: linear, no allocation until a value is found.
/// </summary>
public static class MedicationAttributes
{
    private static readonly string[] Units = Longest(
    [
        "units/kg/hr", "units/kg/h", "units/kg", "units/hr", "units/h", "unit/kg", "u/kg/hr", "u/kg", "mg/kg/hr", "mg/kg/day", "mg/kg",
        "mcg/kg/min", "mcg/kg/hr", "mcg/kg", "mcg/min", "mcg/hr", "mg/hr", "mg/h", "mg/min", "ml/hr", "ml/h", "ml/kg", "mg/ml", "mg/m2",
        "mg", "mcg", "µg", "ug", "g", "gm", "gram", "grams", "ml", "cc", "l", "liter", "liters", "litre", "litres", "units", "unit", "u", "iu",
        "international units", "meq", "mmol", "puffs", "puff", "tabs", "tab", "tablets", "tablet", "caps", "cap", "capsules", "capsule",
        "drops", "drop", "gtt", "gtts", "sprays", "spray", "patch", "patches", "%", "inhalations", "inhalation", "vials", "vial", "amps",
        "ampules", "doses", "dose", "pills", "pill", "packets", "packet", "teaspoons", "teaspoon", "tsp", "tablespoons", "tbsp",
        "milligrams", "milligram", "micrograms", "microgram", "milliliters", "milliliter", "millilitres", "millilitre", "milliequivalents",
            ]);

    private static readonly string[] Routes = Longest(
    [
        "by mouth", "per mouth", "orally", "oral", "po", "p.o.", "iv push", "ivp", "ivpb", "iv", "intravenous", "intravenously", "im",
        "intramuscular", "intramuscularly", "sc", "sq", "subq", "sub-q", "subcut", "subcutaneous", "subcutaneously", "sl", "sublingual",
        "sublingually", "pr", "per rectum", "rectally", "rectal", "inhaled", "inh", "via inhaler", "by inhaler", "nebulized", "nebulised",
        "via nebulizer", "by nebulizer", "via neb", "neb", "topical", "topically", "transdermal", "intranasal", "intranasally", "nasal",
        "per ng tube", "via ng tube", "per ng", "via ng", "per peg", "via peg", "per tube", "per g-tube", "via g-tube", "intrathecal",
        "buccal", "ophthalmic", "otic", "io", "intraosseous", "vaginal", "vaginally", "ivp x1",
    ]);

    private static readonly string[] Frequencies = Longest(
    [
        "once daily", "twice daily", "three times daily", "four times daily", "once a day", "twice a day", "three times a day",
        "four times a day", "every morning", "every evening", "every night", "every day", "every other day", "every week", "at bedtime",
        "at night", "in the morning", "in the evening", "before meals", "after meals", "with meals", "with each meal", "with breakfast",
        "with dinner", "with food", "daily", "nightly", "weekly", "monthly", "once", "twice", "qd", "q.d.", "qday", "qdaily", "bid",
        "b.i.d.", "tid", "t.i.d.", "qid", "q.i.d.", "qhs", "q.h.s.", "hs", "qam", "q am", "qpm", "q pm", "qod", "q.o.d.", "qweek", "qwk",
        "ac", "pc", "ac/hs", "achs", "prn", "p.r.n.", "as needed", "as directed", "continuous", "continuously", "one time", "x1",
    ]);

    private static readonly string[] Fillers = Longest(
    [
        "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "er", "xr", "xl", "sr", "dr", "cr", "la", "hcl", "odt", "inhaler",
        "drip", "infusion", "gtt", "bolus", "injection", "solution", "suspension", "cream", "ointment", "hfa", "diskus", "respimat",
    ]);

    /// <summary>A route written just before the name ("IV Lasix"), or null.</summary>
    public static string? RouteBefore(string text, int nameStart)
    {
        var end = nameStart;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == nameStart) return null;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        if (start == end || (start > 0 && char.IsLetterOrDigit(text[start - 1]))) return null;
        return MatchWord(text, start, end, Routes) == end ? text[start..end] : null;
    }

    /// <summary>The attributes written in <paramref name="text"/> from <paramref name="start"/> (the end of the name).</summary>
    public static (string? Dose, string? Route, string? Frequency) Read(string text, int start, int maxLength = 80)
    {
        string? dose = null, route = null, frequency = null;
        var limit = Math.Min(text.Length, start + maxLength);
        var pos = SkipSpaces(text, start, limit);
        for (var guard = 0; guard < 6 && pos < limit; guard++)
        {
            if (text[pos] == '@')
            {
                pos = SkipSpaces(text, pos + 1, limit);
                continue;
            }

            var fillerEnd = MatchWord(text, pos, limit, Fillers);
            if (fillerEnd > pos && dose is null && route is null && frequency is null)
            {
                pos = SkipSpaces(text, fillerEnd, limit);
                continue;
            }

            if (dose is null && ReadDose(text, pos, limit) is var doseEnd and > 0)
            {
                dose = text[pos..doseEnd];
                pos = SkipSpaces(text, doseEnd, limit);
                continue;
            }

            if (route is null && MatchWord(text, pos, limit, Routes) is var routeEnd and > 0)
            {
                route = text[pos..routeEnd];
                pos = SkipSpaces(text, routeEnd, limit);
                continue;
            }

            if (frequency is null && ReadFrequency(text, pos, limit) is var frequencyEnd and > 0)
            {
                frequency = text[pos..frequencyEnd];
                pos = SkipSpaces(text, frequencyEnd, limit);
                continue;
            }

            break;
        }

        return (dose, route, frequency);
    }

    // A number expression ("25", "0.1", "1,000", "250/50", "1-2", "2 to 4") and a unit; or "sliding scale".
    private static int ReadDose(string text, int pos, int limit)
    {
        if (StartsWithWord(text, pos, limit, "sliding scale")) return pos + "sliding scale".Length;
        var end = ReadNumber(text, pos, limit);
        if (end <= pos) return 0;
        var next = end;
        if (next < limit && text[next] is '/' or '-' && ReadNumber(text, next + 1, limit) is var second and > 0) end = second;
        else if (StartsWithWord(text, SkipSpaces(text, end, limit), limit, "to") is true
            && ReadNumber(text, SkipSpaces(text, SkipSpaces(text, end, limit) + 2, limit), limit) is var upper and > 0)
        {
            end = upper;
        }

        var unitStart = end < limit && text[end] == ' ' ? end + 1 : end;
        var unitEnd = MatchWord(text, unitStart, limit, Units);
        if (unitEnd > 0) return unitEnd;

        // "Lasix 40 BID", "atorvastatin 40 at bedtime": a bare number is the dose when a route or frequency follows it.
        // "ASA 81," too, at the end of a list item; never a year ("metformin 2019.").
        var after = SkipSpaces(text, end, limit);
        if (after > end && (MatchWord(text, after, limit, Routes) > 0 || FrequencyPart(text, after, limit) > 0)) return end;
        var itemEnd = end >= text.Length || text[end] is ',' or ';' or '\n' or '\r' || (text[end] == '.' && (end + 1 >= text.Length || char.IsWhiteSpace(text[end + 1])));
        return itemEnd && !(end - pos == 4 && text[pos] is '1' or '2') ? end : 0;
    }

    private static int ReadNumber(string text, int pos, int limit)
    {
        var i = pos;
        var digits = 0;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) { digits++; i++; continue; }
            if ((c == '.' || (c == ',' && i + 3 < limit + 1 && IsThousands(text, i, limit))) && i + 1 < limit && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return digits > 0 && (i >= limit || !char.IsLetter(text[i]) || IsUnitStart(text, i, limit)) ? i : 0;
    }

    private static bool IsThousands(string text, int comma, int limit)
    {
        var n = 0;
        for (var i = comma + 1; i < limit && char.IsAsciiDigit(text[i]); i++) n++;
        return n == 3;
    }

    private static bool IsUnitStart(string text, int pos, int limit) => MatchWord(text, pos, limit, Units) > 0;

    // q6h, q4-6h, q20min, q 6 h, every 6 hours, x3, x 3 doses; then more frequency parts: "q6h PRN", "q20min x3".
    private static int ReadFrequency(string text, int pos, int limit)
    {
        var end = FrequencyPart(text, pos, limit);
        if (end <= 0) return 0;
        while (true)
        {
            var next = SkipSpaces(text, end, limit);
            var more = next > end ? FrequencyPart(text, next, limit) : 0;
            if (more <= 0) return end;
            end = more;
        }
    }

    private static int FrequencyPart(string text, int pos, int limit)
    {
        if (pos >= limit) return 0;
        var c = char.ToLowerInvariant(text[pos]);
        if (c == 'q' && pos + 1 < limit)
        {
            var i = SkipSpaces(text, pos + 1, limit);
            var n = ReadInteger(text, i, limit);
            if (n > i)
            {
                if (n < limit && text[n] == '-' && ReadInteger(text, n + 1, limit) is var m and > 0) n = m;
                var unitStart = SkipSpaces(text, n, limit);
                var unitEnd = MatchWord(text, unitStart, limit, ["hours", "hour", "hrs", "hr", "h", "minutes", "mins", "min", "days", "d", "weeks", "wk"]);
                if (unitEnd > 0) return unitEnd;
            }
        }

        if (c == 'x' && pos + 1 < limit)
        {
            var i = SkipSpaces(text, pos + 1, limit);
            var n = ReadInteger(text, i, limit);
            if (n > i && (n >= limit || !char.IsLetter(text[n])))
            {
                var doses = SkipSpaces(text, n, limit);
                var unitEnd = MatchWord(text, doses, limit, ["doses", "days", "day", "weeks"]);
                return unitEnd > 0 ? unitEnd : n;
            }
        }

        if (StartsWithWord(text, pos, limit, "every"))
        {
            var i = SkipSpaces(text, pos + 5, limit);
            var n = ReadInteger(text, i, limit);
            if (n > i)
            {
                if (n < limit && text[n] == '-' && ReadInteger(text, n + 1, limit) is var m and > 0) n = m;
                var unitEnd = MatchWord(text, SkipSpaces(text, n, limit), limit, ["hours", "hour", "hrs", "minutes", "min", "days", "weeks"]);
                if (unitEnd > 0) return unitEnd;
            }
        }

        return MatchWord(text, pos, limit, Frequencies);
    }

    private static int ReadInteger(string text, int pos, int limit)
    {
        var i = pos;
        while (i < limit && char.IsAsciiDigit(text[i])) i++;
        return i > pos ? i : 0;
    }

    private static int SkipSpaces(string text, int pos, int limit)
    {
        while (pos < limit && text[pos] is ' ' or '\t') pos++;
        return pos;
    }

    private static bool StartsWithWord(string text, int pos, int limit, string word) => MatchWord(text, pos, limit, [word]) > 0;

    // The end of the longest listed word or phrase at pos (case-insensitive, whole word), or 0.
    private static int MatchWord(string text, int pos, int limit, string[] candidates)
    {
        if (pos >= limit) return 0;
        foreach (var candidate in candidates)
        {
            var end = pos + candidate.Length;
            if (end > limit || !text.AsSpan(pos, candidate.Length).Equals(candidate, StringComparison.OrdinalIgnoreCase)) continue;
            if (end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(candidate[^1])) continue;
            return end;
        }

        return 0;
    }

    private static string[] Longest(string[] values) => [.. values.OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)];
}
