namespace Orleans.Clinical.Deploy.Tests;

public sealed class OpenApiTests
{
    private static readonly SchemaDocument Spec = new(RepositoryFiles.Yaml("docs/openapi.yaml"));

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations() =>
        Spec.Root["paths"].Entries().SelectMany(p => p.Value.Entries()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => (p.Key, o.Key, o.Value!)));

    [Fact]
    public void The_document_is_openapi_3_1()
    {
        Assert.StartsWith("3.1.", Spec.Root["openapi"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var references = Spec.Root.References().Distinct().ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(Spec.Root.Resolve(r) is not null, $"{r} does not resolve"));
    }

    [Fact]
    public void Every_endpoint_of_the_contract_is_documented()
    {
        var documented = Operations().Select(o => (o.Method, o.Path)).ToHashSet();

        Assert.All(ProtocolContract.HttpEndpoints, e => Assert.Contains(e, documented));
    }

    [Fact]
    public void Only_the_public_endpoints_need_no_token()
    {
        var anonymous = Operations().Where(o => o.Operation["security"] is JsonArray { Count: 0 }).Select(o => o.Path).Distinct().Order();

        Assert.NotNull(Spec.Root["security"].Items().SingleOrDefault()?["bearer"]);
        Assert.Equal(ProtocolContract.AnonymousPaths.Append("/auth/token").Order(), anonymous);
    }

    [Fact]
    public void Every_operation_says_who_may_call_it()
    {
        Assert.All(Operations(), o => Assert.NotEmpty(o.Operation["x-roles"].Items()));
    }

    [Fact]
    public void Errors_with_a_body_are_problem_details()
    {
        foreach (var (path, method, operation) in Operations())
        {
            foreach (var (status, response) in operation["responses"].Entries().Where(r => r.Key[0] is '4' or '5'))
            {
                var content = Spec.Follow(response)?["content"];
                Assert.True(content is null || content.Keys().SequenceEqual(["application/problem+json"]), $"{method} {path} {status}");
            }
        }
    }

    [Fact]
    public void Every_field_name_of_the_schemas_is_snake_case()
    {
        var names = SchemaDocument.DeclaredPropertyNames(Spec.Root["components"]).Distinct().ToArray();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", n));
    }

    [Theory]
    [InlineData(typeof(Orleans.Clinical.Grains.Interfaces.SessionSummary), "SessionSummary")]
    [InlineData(typeof(Orleans.Clinical.Grains.Interfaces.AuditRecord), "AuditRecord")]
    [InlineData(typeof(Orleans.Clinical.Grains.Interfaces.CarriedFinding), "CarriedFinding")]
    [InlineData(typeof(Orleans.Clinical.Grains.Interfaces.DifferentialConsideration), "DifferentialConsideration")]
    [InlineData(typeof(Orleans.Clinical.Grains.Interfaces.RedactionInfo), "Redaction")]
    public void Every_record_the_api_returns_has_a_schema_with_exactly_its_fields(Type record, string schema)
    {
        Assert.Equal(AsyncApiTests.WireFields(record), Spec.Properties(Spec.Root.Resolve($"#/components/schemas/{schema}")).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_phi_types_match_the_contract()
    {
        Assert.Equal(ProtocolContract.PhiTypes.Order(), Spec.Values(Spec.Root.Resolve("#/components/schemas/PhiType")).Order());
    }
}
