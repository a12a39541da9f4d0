namespace Orleans.Clinical.Deploy.Tests;

/// <summary>deploy/docker/compose.yaml and its services.</summary>
public static class ComposeFile
{
    public const string Path = "deploy/docker/compose.yaml";

    private static readonly Lazy<JsonNode> Document = new(() => RepositoryFiles.Yaml(Path));

    public static JsonNode Root => Document.Value;

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Services => Root["services"].Entries();

    /// <summary>Services built from <paramref name="dockerfile"/> (relative to the repository root).</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> BuiltFrom(string dockerfile) =>
        Services.Where(s => s.Value?["build"]?["dockerfile"].Text() == dockerfile);

    public static IReadOnlyDictionary<string, string?> Environment(JsonNode? service) =>
        service?["environment"] switch
        {
            JsonObject map => map.ToDictionary(e => e.Key, e => e.Value.Text()),
            JsonArray list => list.Select(i => i.Text()!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : null),
            _ => new Dictionary<string, string?>(),
        };
}
