namespace Orleans.Clinical.Deploy.Tests;

public sealed class KubernetesNetworkAndLayoutTests
{
    private static readonly IReadOnlyDictionary<string, string> SiloPods =
        KubernetesManifests.PodLabels(KubernetesManifests.Named("Deployment", "silo"));

    private static readonly IReadOnlyDictionary<string, string> GatewayPods =
        KubernetesManifests.PodLabels(KubernetesManifests.Named("Deployment", "gateway"));

    [Fact]
    public void Ingress_is_denied_by_default_in_the_namespace()
    {
        Assert.Contains(KubernetesManifests.OfKind("NetworkPolicy"), p =>
            p["spec"]?["podSelector"] is JsonObject { Count: 0 }
            && p["spec"]?["policyTypes"].Items().Any(t => t.Text() == "Ingress") == true
            && p["spec"]?["ingress"] is null);
    }

    [Fact]
    public void Silos_admit_silo_traffic_on_11111_and_gateway_traffic_on_30000_only()
    {
        var rules = KubernetesManifests.OfKind("NetworkPolicy")
            .Where(p => KubernetesManifests.Selects(p["spec"]?["podSelector"], SiloPods))
            .SelectMany(p => p["spec"]?["ingress"].Items() ?? [])
            .ToArray();

        var allowed = new HashSet<(string From, string Port)>();
        foreach (var rule in rules)
        {
            var ports = rule["ports"].Items().Select(p => p["port"].Text()!).ToArray();
            Assert.NotEmpty(ports);
            foreach (var peer in rule["from"].Items())
            {
                Assert.Null(peer["namespaceSelector"]);
                Assert.Null(peer["ipBlock"]);
                var from = KubernetesManifests.Selects(peer["podSelector"], SiloPods) ? "silo"
                    : KubernetesManifests.Selects(peer["podSelector"], GatewayPods) ? "gateway"
                    : "other";
                foreach (var port in ports)
                {
                    allowed.Add((from, port));
                }
            }
        }

        Assert.Equal(new HashSet<(string, string)> { ("silo", "11111"), ("gateway", "30000") }, allowed);
    }

    [Fact]
    public void Gateways_admit_http_on_their_container_port_only()
    {
        var port = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", "gateway")).Single()["ports"].Items().Single()["containerPort"].Text();
        var ports = KubernetesManifests.OfKind("NetworkPolicy")
            .Where(p => KubernetesManifests.Selects(p["spec"]?["podSelector"], GatewayPods))
            .SelectMany(p => p["spec"]?["ingress"].Items() ?? [])
            .SelectMany(r => r["ports"].Items().Select(p => p["port"].Text()))
            .Distinct()
            .ToArray();

        Assert.Equal(new[] { port }, ports);
    }

    [Fact]
    public void Every_object_lives_in_the_application_namespace()
    {
        var ns = KubernetesManifests.OfKind("Namespace").Single()["metadata"]?["name"].Text();

        Assert.Equal(ns, KubernetesManifests.Kustomization["namespace"].Text());
        Assert.All(KubernetesManifests.Objects.Where(o => o["kind"].Text() != "Namespace"),
            o => Assert.Equal(ns, o["metadata"]?["namespace"].Text()));
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_except_the_secret_template()
    {
        var listed = KubernetesManifests.Resources().Select(r => $"{KubernetesManifests.Folder}/{r}").ToHashSet();
        var manifests = RepositoryFiles.Under(KubernetesManifests.Folder, ".yaml", ".yml")
            .Where(f => !f.EndsWith("/kustomization.yaml", StringComparison.Ordinal))
            .ToHashSet();

        Assert.DoesNotContain(KubernetesManifests.SecretTemplate, listed);
        Assert.All(listed, f => Assert.True(File.Exists(RepositoryFiles.PathOf(f)), $"{f} is listed but missing"));
        Assert.Equal(manifests.Where(m => m != KubernetesManifests.SecretTemplate).Order(), listed.Order());
    }

    [Fact]
    public void Every_configmap_and_secret_a_workload_reads_exists()
    {
        var configMaps = KubernetesManifests.OfKind("ConfigMap").Select(c => c["metadata"]?["name"].Text()).ToHashSet();
        var secret = RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate)["metadata"]?["name"].Text();
        foreach (var container in KubernetesManifests.Workloads.SelectMany(KubernetesManifests.Containers))
        {
            foreach (var source in container["envFrom"].Items())
            {
                if (source["configMapRef"] is { } configMap)
                {
                    Assert.Contains(configMap["name"].Text(), configMaps);
                }

                if (source["secretRef"] is { } secretRef)
                {
                    Assert.Equal(secret, secretRef["name"].Text());
                }
            }
        }
    }
}
