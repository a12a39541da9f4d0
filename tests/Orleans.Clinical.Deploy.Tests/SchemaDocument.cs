namespace Orleans.Clinical.Deploy.Tests;

/// <summary>Reads JSON Schema objects inside an AsyncAPI or OpenAPI document, following local $refs and allOf.</summary>
public sealed class SchemaDocument(JsonNode root)
{
    public JsonNode Root => root;

    public JsonNode? Follow(JsonNode? node)
    {
        for (var hops = 0; node?["$ref"].Text() is { } reference; hops++)
        {
            if (hops > 16)
            {
                throw new InvalidDataException($"Reference cycle at {reference}.");
            }

            node = root.Resolve(reference);
        }

        return node;
    }

    /// <summary>The properties of a schema, including those of its allOf members.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Properties(JsonNode? schema)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        schema = Follow(schema);
        foreach (var member in schema?["allOf"].Items() ?? [])
        {
            foreach (var (name, value) in Properties(member))
            {
                result[name] = value;
            }
        }

        foreach (var (name, value) in schema?["properties"].Entries() ?? [])
        {
            result[name] = value;
        }

        return result;
    }

    /// <summary>The enum values (or the const) of a property, following refs and allOf.</summary>
    public IReadOnlyList<string> Values(JsonNode? schema)
    {
        schema = Follow(schema);
        if (schema?["const"].Text() is { } single)
        {
            return [single];
        }

        return schema?["enum"] is JsonArray values
            ? values.Select(v => v.Text()!).ToArray()
            : schema?["allOf"].Items().SelectMany(Values).ToArray() ?? [];
    }

    /// <summary>Whether a property is marked as an addition beyond contract v1.</summary>
    public static bool IsAdditive(JsonNode? property) => property?["x-additive"].Text() == "true";

    /// <summary>Every property name declared in the schemas under <paramref name="node"/>.</summary>
    public static IEnumerable<string> DeclaredPropertyNames(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key == "properties")
                    {
                        foreach (var name in child.Keys())
                        {
                            yield return name;
                        }
                    }

                    foreach (var inner in DeclaredPropertyNames(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(DeclaredPropertyNames))
                {
                    yield return inner;
                }

                break;
        }
    }
}
