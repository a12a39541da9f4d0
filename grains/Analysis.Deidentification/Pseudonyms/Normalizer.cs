using System.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

/// <summary>Normalises PHI values so that spellings of one value share one pseudonym.</summary>
internal static class Normalizer
{
    private static readonly string[] Titles = ["dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof"];

    public static string Normalize(string type, string value) => type switch
    {
        PhiTypes.Phone or PhiTypes.Fax => PhoneDigits(value),
        PhiTypes.Ssn or PhiTypes.Mrn or PhiTypes.Account or PhiTypes.HealthPlan or PhiTypes.License or PhiTypes.Vehicle
            or PhiTypes.Device or PhiTypes.OtherId or PhiTypes.Biometric => Alnum(value, upper: true),
        PhiTypes.Email or PhiTypes.Url or PhiTypes.Ip => value.Trim().ToLowerInvariant(),
        _ => Words(value),
    };

    /// <summary>("first last" or null for a single word, "surname"), lower case, letters only.</summary>
    public static (string? Full, string Surname) Name(string value)
    {
        var words = new List<string>();
        string[] parts;
        var comma = value.IndexOf(',');
        if (comma > 0)
        {
            // LAST, FIRST M.
            var last = value[..comma];
            var rest = value[(comma + 1)..];
            parts = [.. rest.Split(' ', StringSplitOptions.RemoveEmptyEntries), .. last.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        else
        {
            parts = value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        }

        foreach (var part in parts)
        {
            var letters = Letters(part);
            if (letters.Length == 0 || Array.IndexOf(Titles, letters) >= 0)
            {
                continue;
            }

            // initials are dropped unless the whole value is spelled out (K-O-W-A-L-S-K-I)
            if (letters.Length == 1 && parts.Length > 1)
            {
                continue;
            }

            words.Add(letters);
        }

        if (words.Count == 0)
        {
            return (null, Letters(value));
        }

        var surname = words[^1];
        return words.Count == 1 ? (null, surname) : (words[0] + " " + surname, surname);
    }

    private static string Letters(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    private static string PhoneDigits(string value)
    {
        var digits = Alnum(value, upper: false);
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }

    private static string Alnum(string value, bool upper)
    {
        var b = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                b.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    private static string Words(string value)
    {
        var b = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && b.Length > 0)
                {
                    b.Append(' ');
                }

                b.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return b.ToString();
    }
}
