using System.Reflection;
using System.Text.Json;

namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// The embedded guideline corpus (Data/guidelines/*.json), parsed once. Each file lists guidelines
/// (organisation, title, year, scale, url) and the statements drawn from them. Entries that fail
/// validation are left out and described in <see cref="Problems"/> (empty for a healthy corpus).
/// </summary>
public sealed class GuidelineCorpus
{
    private static readonly Lazy<GuidelineCorpus> Embedded = new(LoadEmbedded);

    public static GuidelineCorpus Default => Embedded.Value;

    public IReadOnlyList<GuidelineStatement> Statements { get; }

    public IReadOnlyList<string> Problems { get; }

    private GuidelineCorpus(IReadOnlyList<GuidelineStatement> statements, IReadOnlyList<string> problems)
    {
        Statements = statements;
        Problems = problems;
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static GuidelineCorpus LoadEmbedded()
    {
        var assembly = typeof(GuidelineCorpus).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Data.guidelines.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, Read(assembly, n)));
        return Parse(files);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses corpus files given as (name, JSON text); used for the embedded data and by tests.</summary>
    public static GuidelineCorpus Parse(IEnumerable<(string Name, string Json)> files)
    {
        var statements = new List<GuidelineStatement>();
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new List<(string Name, CorpusFile File)>();
        foreach (var (name, text) in files)
        {
            try
            {
                parsed.Add((name, JsonSerializer.Deserialize<CorpusFile>(text, Json) ?? new CorpusFile()));
            }
            catch (JsonException e)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }

        // Guideline keys are global, so a statement may cite a guideline listed in another file.
        var guidelines = new Dictionary<string, GuidelineEntry>(StringComparer.Ordinal);
        foreach (var (name, file) in parsed)
        {
            foreach (var g in file.Guidelines ?? [])
            {
                if (string.IsNullOrWhiteSpace(g.Key) || !guidelines.TryAdd(g.Key, g))
                {
                    problems.Add($"{name}: guideline key missing or repeated: '{g.Key}'");
                }
            }
        }

        foreach (var (name, file) in parsed)
        {
            foreach (var s in file.Statements ?? [])
            {
                var problem = Validate(s, guidelines, out var guideline, out var quality);
                if (problem is null && !ids.Add(s.Id!))
                {
                    problem = "duplicate id";
                }

                if (problem is not null)
                {
                    problems.Add($"{name}: statement '{s.Id}': {problem}");
                    continue;
                }

                statements.Add(new GuidelineStatement(
                    s.Id!,
                    guideline!.Key!,
                    guideline.Organisation!,
                    guideline.Title!,
                    guideline.Year,
                    s.Recommendation!.Trim(),
                    guideline.Scale!,
                    s.Level!.Trim(),
                    quality!,
                    s.Concepts!.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToArray(),
                    s.Url ?? guideline.Url));
            }
        }

        return new GuidelineCorpus(statements, problems);
    }

    private static string? Validate(
        StatementEntry s,
        Dictionary<string, GuidelineEntry> guidelines,
        out GuidelineEntry? guideline,
        out string? quality)
    {
        quality = null;
        guideline = null;
        if (string.IsNullOrWhiteSpace(s.Id))
        {
            return "missing id";
        }

        if (s.Guideline is null || !guidelines.TryGetValue(s.Guideline, out guideline))
        {
            return $"unknown guideline '{s.Guideline}'";
        }

        if (string.IsNullOrWhiteSpace(guideline.Organisation) || string.IsNullOrWhiteSpace(guideline.Title))
        {
            return "guideline without organisation or title";
        }

        if (guideline.Year < 1990 || guideline.Year > DateTime.UtcNow.Year)
        {
            return $"implausible year {guideline.Year}";
        }

        if (string.IsNullOrWhiteSpace(s.Recommendation) || s.Recommendation.Length < 30)
        {
            return "recommendation missing or too short";
        }

        if (s.Concepts is not { Count: > 0 } || s.Concepts.Any(string.IsNullOrWhiteSpace))
        {
            return "no concepts";
        }

        var url = s.Url ?? guideline.Url;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            return $"url is not https: {url}";
        }

        quality = guideline.Scale is null ? null : EvidenceScales.Quality(guideline.Scale, s.Level ?? "");
        return quality is null ? $"level '{s.Level}' is not valid on scale '{guideline.Scale}'" : null;
    }

    private sealed class CorpusFile
    {
        public List<GuidelineEntry>? Guidelines { get; init; }
        public List<StatementEntry>? Statements { get; init; }
    }

    private sealed class GuidelineEntry
    {
        public string? Key { get; init; }
        public string? Organisation { get; init; }
        public string? Title { get; init; }
        public int Year { get; init; }
        public string? Scale { get; init; }
        public string? Url { get; init; }
    }

    private sealed class StatementEntry
    {
        public string? Id { get; init; }
        public string? Guideline { get; init; }
        public string? Level { get; init; }
        public List<string>? Concepts { get; init; }
        public string? Recommendation { get; init; }
        public string? Url { get; init; }
    }
}
