using System.Text.Json;

namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// Groups of clinical phrases that mean the same thing (Data/synonyms.json), the canonical name first.
/// Used at query time: a concept expands to its group, and group phrases found in free text become concepts.
/// </summary>
public sealed class ClinicalSynonyms
{
    private static readonly Lazy<ClinicalSynonyms> Embedded = new(LoadEmbedded);

    public static ClinicalSynonyms Default => Embedded.Value;

    private readonly string[][] groups;
    private readonly Dictionary<string, int[]> byPhrase;
    private readonly Dictionary<string, (string[] Words, string Phrase)[]> byFirstWord;

    private ClinicalSynonyms(string[][] groups)
    {
        this.groups = groups;
        var phrases = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var phrase in groups[g])
            {
                var key = Normalize(phrase);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!phrases.TryGetValue(key, out var list))
                {
                    phrases[key] = list = [];
                }

                if (!list.Contains(g))
                {
                    list.Add(g);
                }
            }
        }

        byPhrase = phrases.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        byFirstWord = phrases.Keys
            .Select(k => (Words: k.Split(' '), Phrase: k))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    public int GroupCount => groups.Length;

    /// <summary>The concept itself, then every phrase of every group it belongs to (normalised, distinct).</summary>
    public IReadOnlyList<string> Expand(string concept)
    {
        var key = Normalize(concept);
        if (key.Length == 0)
        {
            return [];
        }

        if (!byPhrase.TryGetValue(key, out var groupIds))
        {
            return [key];
        }

        var result = new List<string> { key };
        foreach (var g in groupIds)
        {
            foreach (var phrase in groups[g])
            {
                var p = Normalize(phrase);
                if (p.Length > 0 && !result.Contains(p))
                {
                    result.Add(p);
                }
            }
        }

        return result;
    }

    /// <summary>The canonical names (first of their group) of the group phrases found in the text, in order of appearance.</summary>
    public IReadOnlyList<string> FindConcepts(string text, int maxConcepts = 16)
    {
        var words = Words(text);
        var found = new List<string>();
        for (var i = 0; i < words.Count && found.Count < maxConcepts; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phraseWords, phrase) in candidates)
            {
                if (!Matches(words, i, phraseWords))
                {
                    continue;
                }

                var canonical = Normalize(groups[byPhrase[phrase][0]][0]);
                if (!Negated(words, i) && !found.Contains(canonical))
                {
                    found.Add(canonical);
                }

                i += phraseWords.Length - 1;
                break;
            }
        }

        return found;
    }

    private static readonly HashSet<string> NegationCues = new(StringComparer.Ordinal)
    {
        "no", "not", "denies", "denied", "deny", "without", "negative", "free", "absent", "nor",
    };

    // A phrase with a negation cue up to three words before it ("denies any chest pain") is not a finding.
    private static bool Negated(List<string> words, int start)
    {
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (NegationCues.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower case, letters and digits only, single spaces: "COVID-19" and "covid 19" are one key.</summary>
    public static string Normalize(string? phrase) => phrase is null ? "" : string.Join(' ', Words(phrase));

    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                var word = text[start..i].Trim('\'').ToLowerInvariant();
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    private static ClinicalSynonyms LoadEmbedded()
    {
        var assembly = typeof(ClinicalSynonyms).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Data.synonyms.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }

    public static ClinicalSynonyms Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<SynonymFile>(json, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        return new ClinicalSynonyms((file?.Groups ?? []).Where(g => g is { Length: > 0 }).ToArray());
    }

    private sealed class SynonymFile
    {
        public string[][]? Groups { get; init; }
    }
}
