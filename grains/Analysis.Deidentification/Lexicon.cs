using System.Collections.Frozen;
using System.Text.Json;
using Orleans.Clinical.Analysis.Deidentification.Recognizers;
using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification;

/// <summary>The de-identification knowledge (Data/): name lists, common words and cue vocabularies, loaded once.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Shared => Instance.Value;

    public required WordSet EponymHeads { get; init; }
    public required WordSet Titles { get; init; }
    public required WordSet Credentials { get; init; }
    public required WordSet Relations { get; init; }
    public required WordSet ChatRoles { get; init; }
    public required WordSet PatientCues { get; init; }
    public required WordSet PhoneCues { get; init; }
    public required WordSet FaxCues { get; init; }
    public required WordSet DateCues { get; init; }
    public required WordSet OrdinalDateCues { get; init; }
    public required WordSet NotDateAfter { get; init; }
    public required WordSet StreetSuffixes { get; init; }
    public required WordSet UnitWords { get; init; }
    public required WordSet Directions { get; init; }
    public required WordSet StateWords { get; init; }
    public required WordSet IdFillers { get; init; }
    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months { get; init; }
    public required PhraseTable<string> NameLabels { get; init; }
    public required PhraseTable<string> IdLabels { get; init; }
    public required PhraseTable<string> SpokenDateCues { get; init; }
    public required PhraseTable<string> CityCues { get; init; }
    public required PhraseTable<string> PlaceSuffixes { get; init; }
    public required PhraseTable<string> States { get; init; }

    /// <summary>Every known word with its classes: one lookup per token instead of one per list.</summary>
    public required FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Words { get; init; }

    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('\'', '\u2019', '-') >= 0 && word.Length <= 64)
        {
            Span<char> buffer = stackalloc char[word.Length];
            var n = 0;
            foreach (var c in word)
            {
                if (c is not ('\'' or '\u2019' or '-'))
                {
                    buffer[n++] = c;
                }
            }

            var lettersOnly = Words.TryGetValue(buffer[..n], out var l) ? l & (WordClass.First | WordClass.Last) : WordClass.None;
            return lettersOnly | (Words.TryGetValue(word, out var w) ? w : WordClass.None);
        }

        return Words.TryGetValue(word, out var c2) ? c2 : WordClass.None;
    }

    public int Month(ReadOnlySpan<char> word) => Months.TryGetValue(word, out var m) ? m : 0;

    private static Lexicon Load()
    {
        using var json = JsonDocument.Parse(Resource("vocabulary.json"));
        var root = json.RootElement;
        string[] List(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        WordSet Set(string name) => new(List(name));
        PhraseTable<string> Phrases(string name) => new(List(name).Select(p => KeyValuePair.Create(p, p)));

        var clinical = List("clinicalWords").Concat(List("credentials"))
            .Concat(root.GetProperty("months").EnumerateObject().Select(p => p.Name));
        var index = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, WordClass cls)
        {
            foreach (var w in words)
            {
                if (w.Length > 0)
                {
                    index[w] = index.GetValueOrDefault(w) | cls;
                }
            }
        }

        Mark(Lines("names-first.txt"), WordClass.First);
        Mark(Lines("names-last.txt"), WordClass.Last);
        Mark(Lines("words-common.txt"), WordClass.VeryCommon | WordClass.Common);
        Mark(Lines("words-common-35.txt"), WordClass.Common);
        Mark(clinical, WordClass.Clinical);
        Mark(List("stopWords"), WordClass.Stop);
        Mark(List("eponyms"), WordClass.Eponym);
        foreach (var name in new[] { "titles", "credentials", "relations", "chatRoles", "patientCues", "phoneCues", "faxCues", "dateCues",
                     "ordinalDateCues", "notDateAfter", "streetSuffixes", "unitWords", "directions", "states", "idFillers", "eponymHeads",
                     "nameLabels", "spokenDateCues", "cityCues", "placeSuffixes" })
        {
            Mark(List(name).Select(p => Tokenizer.Split(p).FirstOrDefault() ?? ""), WordClass.Cue);
        }

        Mark(root.GetProperty("idLabels").EnumerateObject().Select(p => Tokenizer.Split(p.Name).FirstOrDefault() ?? ""), WordClass.Cue);
        Mark(root.GetProperty("months").EnumerateObject().Select(p => p.Name), WordClass.Cue);
        Mark(SpokenNumbers.All, WordClass.Cue);

        return new Lexicon
        {
            Words = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
            EponymHeads = Set("eponymHeads"),
            Titles = Set("titles"),
            Credentials = Set("credentials"),
            Relations = Set("relations"),
            ChatRoles = Set("chatRoles"),
            PatientCues = Set("patientCues"),
            PhoneCues = Set("phoneCues"),
            FaxCues = Set("faxCues"),
            DateCues = Set("dateCues"),
            OrdinalDateCues = Set("ordinalDateCues"),
            NotDateAfter = Set("notDateAfter"),
            StreetSuffixes = Set("streetSuffixes"),
            UnitWords = Set("unitWords"),
            Directions = Set("directions"),
            StateWords = new WordSet(List("states").Where(s => !s.Contains(' '))),
            IdFillers = Set("idFillers"),
            Months = root.GetProperty("months").EnumerateObject()
                .ToFrozenDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>(),
            NameLabels = Phrases("nameLabels"),
            IdLabels = new PhraseTable<string>(root.GetProperty("idLabels").EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? PhiTypes.OtherId))),
            SpokenDateCues = Phrases("spokenDateCues"),
            CityCues = Phrases("cityCues"),
            PlaceSuffixes = Phrases("placeSuffixes"),
            States = Phrases("states"),
        };
    }

    private static IEnumerable<string> Lines(string name) =>
        Resource(name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'));

    private static string Resource(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().First(r => r.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
