using System.Reflection;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orleans.Clinical.Deploy.Tests;

/// <summary>Finds and reads the repository's files; YAML documents come back as JSON nodes for easy navigation.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Relative paths (with '/') of the files under <paramref name="folder"/> whose names end with one of <paramref name="endings"/>.</summary>
    public static IReadOnlyList<string> Under(string folder, params string[] endings) =>
        Directory.EnumerateFiles(PathOf(folder), "*", SearchOption.AllDirectories)
            .Where(f => endings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every document of a YAML file (a file may hold several, separated by ---), as JSON nodes.</summary>
    public static IReadOnlyList<JsonNode> YamlDocuments(string relative)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(Read(relative)))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => ToJson(d.RootNode) ?? throw new InvalidDataException($"{relative} has an empty document.")).ToArray();
    }

    public static JsonNode Yaml(string relative) => YamlDocuments(relative).Single();

    public static JsonObject Json(string relative) =>
        JsonNode.Parse(Read(relative), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();

    /// <summary>Scalars stay strings (YAML 1.1 typing is not applied); a plain null, ~ or empty scalar is null.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidDataException($"Unsupported YAML node {node.NodeType}."),
    };

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { recorded, AppContext.BaseDirectory, Environment.CurrentDirectory }.OfType<string>())
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Orleans.Clinical.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("The repository root (Orleans.Clinical.slnx) was not found.");
    }
}
