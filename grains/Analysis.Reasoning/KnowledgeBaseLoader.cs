using System.Reflection;
using System.Text.Json;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>Parses the knowledge base JSON (Data/sources.json, Data/findings/*.json, Data/conditions/*.json).</summary>
public static class KnowledgeBaseLoader
{
    private const string ResourcePrefix = "Orleans.Clinical.Analysis.Reasoning.Data.";

    public static KnowledgeBase LoadEmbedded()
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        var names = assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).ToArray();
        var sources = ReadSources(Read(assembly, ResourcePrefix + "sources.json"));
        var findingDocs = names.Where(n => n.StartsWith(ResourcePrefix + "findings.", StringComparison.Ordinal))
            .Select(n => Read(assembly, n));
        var conditionDocs = names.Where(n => n.StartsWith(ResourcePrefix + "conditions.", StringComparison.Ordinal))
            .Select(n => Read(assembly, n));
        return Load(sources, findingDocs, conditionDocs);
    }

    public static KnowledgeBase Load(
        IReadOnlyDictionary<string, string> sources,
        IEnumerable<string> findingDocuments,
        IEnumerable<string> conditionDocuments)
    {
        var findings = new List<Finding>();
        var rules = new List<CooccurrenceRule>();
        foreach (var json in findingDocuments)
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
            {
                findings.Add(new Finding(
                    findings.Count,
                    f.GetProperty("id").GetString()!,
                    f.GetProperty("label").GetString()!,
                    Strings(f, "phrases"),
                    Strings(f, "absent"),
                    Strings(f, "concepts"),
                    f.TryGetProperty("history", out var h) && h.GetBoolean(),
                    f.TryGetProperty("emergent", out var e) && e.GetBoolean()));
                rules.AddRange(Rules(f, "cooccur", findings.Count - 1, wholeText: false));
                rules.AddRange(Rules(f, "cooccurText", findings.Count - 1, wholeText: true));
            }
        }

        var ids = findings.ToDictionary(f => f.Id, f => f.Index, StringComparer.Ordinal);
        var conditions = new List<Condition>();
        foreach (var json in conditionDocuments)
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var c in doc.RootElement.GetProperty("conditions").EnumerateArray())
            {
                conditions.Add(ReadCondition(c, conditions.Count, ids));
            }
        }

        return new KnowledgeBase(findings, conditions, sources, rules);
    }

    public static IReadOnlyDictionary<string, string> ReadSources(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("sources").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static Condition ReadCondition(JsonElement c, int index, Dictionary<string, int> ids)
    {
        var name = c.GetProperty("name").GetString()!;
        int Id(string id) => ids.TryGetValue(id, out var i)
            ? i
            : throw new InvalidDataException($"Condition '{name}' refers to unknown finding '{id}'");

        var source = c.GetProperty("source").GetString()!;
        var rows = c.GetProperty("findings").EnumerateArray().Select(r => new LikelihoodRow(
            Id(r[0].GetString()!),
            r[1].GetDouble(),
            r[2].GetDouble(),
            r.GetArrayLength() > 3 ? r[3].GetString()! : source)).ToArray();

        double? minAge = null, maxAge = null;
        if (c.TryGetProperty("age", out var age))
        {
            minAge = age[0].GetDouble();
            maxAge = age[1].GetDouble();
        }

        var ageWeights = c.TryGetProperty("ageWeights", out var aw)
            ? aw.EnumerateArray().Select(w => new AgeWeight(w[0].GetDouble(), w[1].GetDouble(), w[2].GetDouble())).ToArray()
            : [];
        double female = 1, male = 1;
        if (c.TryGetProperty("sexWeights", out var sw))
        {
            female = sw.TryGetProperty("F", out var fw) ? fw.GetDouble() : 1;
            male = sw.TryGetProperty("M", out var mw) ? mw.GetDouble() : 1;
        }

        char? sex = c.TryGetProperty("sex", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()![0] : null;
        var escalations = c.TryGetProperty("escalation", out var esc)
            ? esc.EnumerateArray().Select(e => new TriageEscalation(
                e.GetProperty("to").GetString()!,
                Strings(e, "any").Select(Id).ToArray())).ToArray()
            : [];

        return new Condition(
            index,
            name,
            Strings(c, "synonyms"),
            c.GetProperty("icd10").GetString()!,
            c.GetProperty("system").GetString()!,
            c.GetProperty("prior").GetDouble(),
            minAge,
            maxAge,
            sex,
            ageWeights,
            female,
            male,
            Strings(c, "requires").Select(Id).ToArray(),
            c.GetProperty("triage").GetString()!,
            escalations,
            Strings(c, "redFlags").Select(Id).ToArray(),
            source,
            rows);
    }

    private static IEnumerable<CooccurrenceRule> Rules(JsonElement finding, string property, int index, bool wholeText)
    {
        if (!finding.TryGetProperty(property, out var rules))
        {
            yield break;
        }

        foreach (var rule in rules.EnumerateArray())
        {
            var groups = rule.EnumerateArray()
                .Select(g => (IReadOnlyList<string>)g.GetString()!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToArray();
            if (groups.Length is 0 or > 8)
            {
                throw new InvalidDataException($"Finding #{index}: a co-occurrence rule needs 1 to 8 groups");
            }

            yield return new CooccurrenceRule(index, groups, wholeText);
        }
    }

    private static string[] Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : [];

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
