using System.Collections.Frozen;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Reads age and sex from clinical text: "58M", "58 yo F", "34-year-old woman", "3-week-old", "a 7 yo boy",
/// "aged 72", "18 months old", "two-year-old girl". The first stated age wins; sex comes from the first
/// explicit word (man, woman, boy, girl, male, female, "58F") or else from the majority of pronouns.
/// </summary>
public static class DemographicsParser
{
    private static readonly FrozenDictionary<string, double> UnitYears = new Dictionary<string, double>
    {
        ["year"] = 1, ["years"] = 1, ["yr"] = 1, ["yrs"] = 1, ["y"] = 1,
        ["month"] = 1.0 / 12, ["months"] = 1.0 / 12, ["mo"] = 1.0 / 12, ["mos"] = 1.0 / 12, ["mth"] = 1.0 / 12, ["mths"] = 1.0 / 12,
        ["week"] = 7 / 365.25, ["weeks"] = 7 / 365.25, ["wk"] = 7 / 365.25, ["wks"] = 7 / 365.25,
        ["day"] = 1 / 365.25, ["days"] = 1 / 365.25,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, char> SexNouns = new Dictionary<string, char>
    {
        ["man"] = 'M', ["male"] = 'M', ["boy"] = 'M', ["gentleman"] = 'M', ["guy"] = 'M', ["mr"] = 'M',
        ["woman"] = 'F', ["female"] = 'F', ["girl"] = 'F', ["lady"] = 'F', ["mrs"] = 'F', ["ms"] = 'F',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, char> Pronouns = new Dictionary<string, char>
    {
        ["he"] = 'M', ["him"] = 'M', ["his"] = 'M', ["himself"] = 'M',
        ["she"] = 'F', ["her"] = 'F', ["hers"] = 'F', ["herself"] = 'F',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Demographics Parse(string text) => Parse(Tokenizer.Tokenize(text));

    public static Demographics Parse(TokenizedText t)
    {
        double? age = null;
        char? sex = null;
        int male = 0, female = 0;
        var lookup = SexNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var pronouns = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < t.Count; i++)
        {
            if (age is null && TryAgeAt(t, i, out var years, out var stuckSex))
            {
                age = years;
                sex ??= stuckSex;
            }

            if (!t[i].IsWord)
            {
                continue;
            }

            var word = t.Norm(i);
            if (sex is null && lookup.TryGetValue(word, out var s))
            {
                sex = s;
            }
            else if (pronouns.TryGetValue(word, out var p))
            {
                if (p == 'M') male++; else female++;
            }
            else if (age is null && word is "newborn" or "neonate")
            {
                age = 3 / 365.25;
            }
        }

        sex ??= male > female ? 'M' : female > male ? 'F' : null;
        return new Demographics(age, sex);
    }

    private static bool TryAgeAt(TokenizedText t, int i, out double years, out char? sex)
    {
        years = 0;
        sex = null;
        if (!TryNumber(t, i, out var n) || n < 0 || n > 120)
        {
            return false;
        }

        // "aged 58", "age 58"
        if (i > 0 && (t.Is(i - 1, "aged") || t.Is(i - 1, "age")) && t[i].IsNumber)
        {
            years = n;
            return true;
        }

        var j = SkipHyphen(t, i + 1);
        if (j >= t.Count || !t[j].IsWord)
        {
            return false;
        }

        var word = t.Norm(j);
        var adjacent = t[j].Start == t[i].End;
        switch (word)
        {
            case "yo" or "yoa":
                years = n;
                return true;
            case "yom" or "yof":
                years = n;
                sex = word[2] == 'm' ? 'M' : 'F';
                return true;
            case "m" or "f" when adjacent || IsUpper(t, j):
                years = n;
                sex = word[0] == 'm' ? 'M' : 'F';
                return NotFollowedByUnitWord(t, j);
        }

        if (!UnitYears.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var perUnit))
        {
            return false;
        }

        var k = SkipHyphen(t, j + 1);
        var old = k < t.Count && t.Is(k, "old");
        var ofAge = k + 1 < t.Count && t.Is(k, "of") && t.Is(k + 1, "age");
        var slashO = word is "y" && t.IsChar(k, '/') && t.Is(k + 1, "o");
        if (!old && !ofAge && !slashO)
        {
            return false;
        }

        years = n * perUnit;
        return true;
    }

    private static bool TryNumber(TokenizedText t, int i, out double value)
    {
        if (t.TryNumber(i, out value))
        {
            return true;
        }

        if (t[i].IsWord && NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t.Norm(i), out var n))
        {
            value = n;
            return true;
        }

        return false;
    }

    private static int SkipHyphen(TokenizedText t, int i) => i < t.Count && t.IsChar(i, '-') ? i + 1 : i;

    private static bool IsUpper(TokenizedText t, int i) => char.IsUpper(t.Original(i)[0]);

    private static bool NotFollowedByUnitWord(TokenizedText t, int i) =>
        i + 1 >= t.Count || !(t.Is(i + 1, "of") || t.Is(i + 1, "in") || t.Is(i + 1, "away"));
}
