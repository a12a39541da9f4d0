namespace Orleans.Clinical.Deploy.Tests;

/// <summary>The configuration keys the product reads, as its appsettings.json files declare them.</summary>
public static class ProductConfiguration
{
    public static readonly string[] SettingsFiles = ["silo/appsettings.json", "gateway/appsettings.json"];

    /// <summary>Framework settings that are not in appsettings.json on purpose.</summary>
    // URLS is the host's own setting (the gateway defaults to 127.0.0.1:5080 only when neither it nor ASPNETCORE_URLS is set).
    private static readonly string[] FrameworkPrefixes = ["ASPNETCORE_", "DOTNET_", "URLS"];

    private static readonly Lazy<IReadOnlySet<string>> AllKeys = new(() =>
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in SettingsFiles)
        {
            Flatten(RepositoryFiles.Json(file), "", keys);
        }

        return keys;
    });

    /// <summary>"Section:Key" paths of every value, arrays by index ("Gateway:AllowedOrigins:0").</summary>
    public static IReadOnlySet<string> Keys => AllKeys.Value;

    public static bool IsFrameworkSetting(string variable) =>
        FrameworkPrefixes.Any(p => variable.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>An environment variable's configuration key: "Orleans__SiloPort" → "Orleans:SiloPort".</summary>
    public static string KeyOf(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);

    private static void Flatten(JsonNode? node, string prefix, HashSet<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Flatten(child, prefix.Length == 0 ? name : $"{prefix}:{name}", keys);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{prefix}:{i}", keys);
                }

                break;
            default:
                keys.Add(prefix);
                break;
        }
    }
}
