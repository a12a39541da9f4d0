using System.Reflection;
using System.Text.Json;

namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>Reads the knowledge files embedded from Data/.</summary>
internal static class EntityData
{
    private static readonly Assembly Assembly = typeof(EntityData).Assembly;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T ReadJson<T>(string fileName)
    {
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded data file {fileName} is missing.");
        using var stream = Assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Embedded data file {fileName} is empty.");
    }
}
