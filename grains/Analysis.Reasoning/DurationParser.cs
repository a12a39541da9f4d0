using System.Collections.Frozen;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Reads how long the presenting problem has lasted: "for 3 weeks", "2 days of fever", "a 6-month history",
/// "over the past year". Ages ("3-month-old"), past events ("2 years ago"), pregnancy ("35 weeks' gestation")
/// and intervals ("2 days after a flight") are not durations. Returns the longest duration in days, or null.
/// </summary>
public static class DurationParser
{
    private static readonly FrozenDictionary<string, double> UnitDays = new Dictionary<string, double>
    {
        ["minute"] = 1.0 / 1440, ["minutes"] = 1.0 / 1440, ["min"] = 1.0 / 1440, ["mins"] = 1.0 / 1440,
        ["hour"] = 1.0 / 24, ["hours"] = 1.0 / 24, ["hr"] = 1.0 / 24, ["hrs"] = 1.0 / 24, ["h"] = 1.0 / 24,
        ["day"] = 1, ["days"] = 1, ["week"] = 7, ["weeks"] = 7, ["wk"] = 7, ["wks"] = 7,
        ["month"] = 30, ["months"] = 30, ["year"] = 365, ["years"] = 365,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Counts = new Dictionary<string, double>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["few"] = 3, ["several"] = 4,
        ["couple"] = 2, ["many"] = 6, ["past"] = 1, ["last"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotDuration = new[]
    {
        "old", "ago", "gestation", "pregnant", "postpartum", "after", "later", "before", "earlier", "prior", "previously",
        "postoperatively", "post", "since", "apart", "pregnancy", "gestational",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static double? LongestDays(TokenizedText t)
    {
        double? longest = null;
        var units = UnitDays.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = Counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var not = NotDuration.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].IsWord || !units.TryGetValue(t.Norm(i), out var perUnit))
            {
                continue;
            }

            var j = i - 1;
            if (t.IsChar(j, '-') && j > 0) j--;
            double n;
            if (t.TryNumber(j, out var number))
            {
                n = number;
                if (j > 1 && t.IsChar(j - 1, '-') && t.TryNumber(j - 2, out var low)) n = Math.Max(n, low);
            }
            else if (t[j].IsWord && counts.TryGetValue(t.Norm(j), out var word))
            {
                n = word;
            }
            else
            {
                continue;
            }

            var k = i + 1;
            if (k < t.Count && (t.IsChar(k, '-') || t.IsChar(k, '\'') || t.Is(k, "'"))) k++;
            if (k < t.Count && (not.Contains(t.Norm(k)) || t.Is(k, "s") && k + 1 < t.Count && not.Contains(t.Norm(k + 1))))
            {
                continue;
            }

            if (j > 0 && (t.Is(j - 1, "in") || t.Is(j - 1, "within") || t.Is(j - 1, "every") || t.Is(j - 1, "each")))
            {
                continue;
            }

            var days = n * perUnit;
            longest = longest is null ? days : Math.Max(longest.Value, days);
        }

        return longest;
    }
}
