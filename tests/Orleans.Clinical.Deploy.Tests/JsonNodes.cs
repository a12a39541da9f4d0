namespace Orleans.Clinical.Deploy.Tests;

/// <summary>Small helpers over the JSON form of YAML documents.</summary>
public static class JsonNodes
{
    public static string? Text(this JsonNode? node) => node is JsonValue value ? value.ToString() : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node) => node is JsonArray array ? array.OfType<JsonNode>() : [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(this JsonNode? node) =>
        node is JsonObject obj ? obj : [];

    public static IEnumerable<string> Keys(this JsonNode? node) => node.Entries().Select(e => e.Key);

    /// <summary>The node a local reference ("#/components/schemas/X") points to, or null.</summary>
    public static JsonNode? Resolve(this JsonNode document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part.Replace("~1", "/").Replace("~0", "~"), out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Every "$ref" value anywhere in the document.</summary>
    public static IEnumerable<string> References(this JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key == "$ref" && child.Text() is { } reference)
                    {
                        yield return reference;
                    }

                    foreach (var inner in References(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(References))
                {
                    yield return inner;
                }

                break;
        }
    }
}
