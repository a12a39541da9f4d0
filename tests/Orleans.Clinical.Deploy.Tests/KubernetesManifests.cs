namespace Orleans.Clinical.Deploy.Tests;

/// <summary>The Kubernetes objects of deploy/k8s, as kustomization.yaml lists them.</summary>
public static class KubernetesManifests
{
    public const string Folder = "deploy/k8s";
    public const string SecretTemplate = "deploy/k8s/secret.template.yaml";
    public static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "DaemonSet"];

    private static readonly Lazy<IReadOnlyList<JsonNode>> Applied = new(() =>
        Resources().SelectMany(r => RepositoryFiles.YamlDocuments($"{Folder}/{r}")).ToArray());

    public static JsonNode Kustomization => RepositoryFiles.Yaml($"{Folder}/kustomization.yaml");

    public static IReadOnlyList<string> Resources() => Kustomization["resources"].Items().Select(r => r.Text()!).ToArray();

    /// <summary>Every object that `kubectl apply -k` would create.</summary>
    public static IReadOnlyList<JsonNode> Objects => Applied.Value;

    public static IEnumerable<JsonNode> OfKind(string kind) => Objects.Where(o => o["kind"].Text() == kind);

    public static JsonNode Named(string kind, string name) =>
        OfKind(kind).Single(o => o["metadata"]?["name"].Text() == name);

    public static IEnumerable<JsonNode> Workloads => Objects.Where(o => WorkloadKinds.Contains(o["kind"].Text()));

    public static string NameOf(JsonNode obj) => $"{obj["kind"].Text()}/{obj["metadata"]?["name"].Text()}";

    public static JsonNode PodSpec(JsonNode workload) => workload["spec"]?["template"]?["spec"]
        ?? throw new InvalidDataException($"{NameOf(workload)} has no pod template.");

    public static IEnumerable<JsonNode> Containers(JsonNode workload) =>
        PodSpec(workload)["containers"].Items().Concat(PodSpec(workload)["initContainers"].Items());

    public static IReadOnlyDictionary<string, string> PodLabels(JsonNode workload) =>
        workload["spec"]?["template"]?["metadata"]?["labels"].Entries().ToDictionary(e => e.Key, e => e.Value.Text() ?? "")
        ?? new Dictionary<string, string>();

    /// <summary>Whether a label selector's matchLabels all hold on <paramref name="labels"/>.</summary>
    public static bool Selects(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        var match = selector?["matchLabels"].Entries().ToArray() ?? [];
        return match.Length > 0 && match.All(m => labels.TryGetValue(m.Key, out var value) && value == m.Value.Text());
    }
}
