using System.Reflection;
using System.Text.Json;

namespace Orleans.Clinical.Analysis.Language;

/// <summary>Reads the knowledge files embedded from Data/.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    internal static Stream Open(string fileName)
    {
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded data file {fileName} is missing.");
        return Assembly.GetManifestResourceStream(name)!;
    }

    internal static IEnumerable<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    internal static T ReadJson<T>(string fileName)
    {
        using var stream = Open(fileName);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Embedded data file {fileName} is empty.");
    }
}
