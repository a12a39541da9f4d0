namespace Orleans.Clinical.Deploy.Tests;

public sealed class YamlFileTests
{
    private static string[] Files() =>
        new[] { "deploy/k8s", "deploy/docker", "docs" }.SelectMany(f => RepositoryFiles.Under(f, ".yaml", ".yml")).ToArray();

    public static TheoryData<string> YamlFiles() => new(Files());

    [Fact]
    public void The_deployment_and_protocol_documents_are_all_found()
    {
        var files = Files();

        Assert.Contains("docs/asyncapi.yaml", files);
        Assert.Contains("docs/openapi.yaml", files);
        Assert.Contains("deploy/docker/compose.yaml", files);
        Assert.Contains("deploy/k8s/kustomization.yaml", files);
        Assert.True(files.Length >= 10, $"{files.Length} YAML files");
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_parses_into_non_empty_documents(string file)
    {
        var documents = RepositoryFiles.YamlDocuments(file);

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(d is JsonObject { Count: > 0 }, $"{file} has an empty or non-mapping document"));
    }

    [Fact]
    public void Every_kubernetes_object_names_its_api_version_kind_and_name()
    {
        Assert.All(KubernetesManifests.Objects.Concat(RepositoryFiles.YamlDocuments(KubernetesManifests.SecretTemplate)), o =>
        {
            Assert.False(string.IsNullOrEmpty(o["apiVersion"].Text()));
            Assert.False(string.IsNullOrEmpty(o["kind"].Text()));
            Assert.False(string.IsNullOrEmpty(o["metadata"]?["name"].Text()));
        });
    }
}
