using System.Collections.Frozen;
using System.Text.Json;
using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification;

/// <summary>The de-identification knowledge (Data/): name lists, common words and cue vocabularies, loaded once.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Shared => Instance.Value;

    public required WordSet FirstNames { get; init; }
    public required WordSet LastNames { get; init; }
    public required WordSet VeryCommonWords { get; init; }
    public required WordSet CommonWords { get; init; }
    public required WordSet ClinicalWords { get; init; }
    public required WordSet StopWords { get; init; }
    public required WordSet Eponyms { get; init; }
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
        return new Lexicon
        {
            FirstNames = new WordSet(Lines("names-first.txt")),
            LastNames = new WordSet(Lines("names-last.txt")),
            VeryCommonWords = new WordSet(Lines("words-common.txt")),
            CommonWords = new WordSet(Lines("words-common.txt").Concat(Lines("words-common-35.txt"))),
            ClinicalWords = new WordSet(clinical),
            StopWords = Set("stopWords"),
            Eponyms = Set("eponyms"),
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
