using System.Text.RegularExpressions;

namespace Orleans.Clinical.Deploy.Tests;

public sealed partial class ComposeTests
{
    private const string SiloDockerfile = "deploy/docker/silo.Dockerfile";
    private const string GatewayDockerfile = "deploy/docker/gateway.Dockerfile";

    [Fact]
    public void The_cluster_has_two_silos_in_the_cluster_profile_and_one_gateway()
    {
        var silos = ComposeFile.BuiltFrom(SiloDockerfile).ToArray();
        var gateways = ComposeFile.BuiltFrom(GatewayDockerfile).ToArray();

        Assert.Equal(2, silos.Length);
        Assert.Single(gateways);
        Assert.All(silos.Concat(gateways), s => Assert.Equal("Cluster", ComposeFile.Environment(s.Value)["Orleans__Profile"]));
    }

    [Fact]
    public void Silos_and_the_gateway_share_one_cluster_id()
    {
        var ids = ComposeFile.BuiltFrom(SiloDockerfile).Concat(ComposeFile.BuiltFrom(GatewayDockerfile))
            .Select(s => ComposeFile.Environment(s.Value)["Orleans__ClusterId"])
            .Distinct()
            .ToArray();

        Assert.Single(ids);
        Assert.False(string.IsNullOrWhiteSpace(ids[0]));
    }

    [Fact]
    public void Azurite_is_the_pinned_version_the_local_run_uses()
    {
        var image = ComposeFile.Services.Single(s => s.Key == "azurite").Value?["image"].Text()!;
        var local = RepositoryFiles.Json("deploy/local/package.json")["dependencies"]?["azurite"]?.GetValue<string>();

        Assert.Equal($"mcr.microsoft.com/azure-storage/azurite:{local}", image);
    }

    [Fact]
    public void Every_service_uses_a_pinned_image_or_a_dockerfile_of_this_repository()
    {
        foreach (var (name, service) in ComposeFile.Services)
        {
            if (service?["build"] is { } build)
            {
                var context = Path.GetFullPath(Path.Combine(RepositoryFiles.PathOf("deploy/docker"), build["context"].Text()!));
                Assert.True(File.Exists(Path.Combine(context, "Orleans.Clinical.slnx")), $"{name}: the build context is the repository root");
                Assert.True(File.Exists(Path.Combine(context, build["dockerfile"].Text()!)), $"{name}: the Dockerfile exists");
            }
            else
            {
                Assert.True(ImageReference.IsPinned(ImageReference.Split(service?["image"].Text()!).Tag), $"{name}: pinned image");
            }
        }
    }

    [Fact]
    public void Keys_come_from_the_environment_of_whoever_starts_the_cluster()
    {
        var secrets = RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate)["stringData"].Keys().Where(k => k != "Storage__ConnectionString").ToArray();
        var values = ComposeFile.Services.SelectMany(s => ComposeFile.Environment(s.Value)).Where(e => secrets.Contains(e.Key)).ToArray();

        Assert.Equal(secrets.Order(), values.Select(v => v.Key).Distinct().Order());
        Assert.All(values, v => Assert.Matches(RequiredVariable(), v.Value ?? ""));
    }

    [Fact]
    public void Silos_get_the_pseudonym_key_and_the_gateway_the_signing_key()
    {
        Assert.All(ComposeFile.BuiltFrom(SiloDockerfile), s =>
        {
            Assert.Contains("Privacy__PseudonymKey", ComposeFile.Environment(s.Value).Keys);
            Assert.Contains("Storage__ConnectionString", ComposeFile.Environment(s.Value).Keys);
        });
        Assert.All(ComposeFile.BuiltFrom(GatewayDockerfile), s =>
        {
            Assert.Contains("Auth__SigningKey", ComposeFile.Environment(s.Value).Keys);
            Assert.Contains("Storage__ConnectionString", ComposeFile.Environment(s.Value).Keys);
        });
    }

    [Fact]
    public void Product_containers_run_read_only_without_capabilities()
    {
        foreach (var (name, service) in ComposeFile.BuiltFrom(SiloDockerfile).Concat(ComposeFile.BuiltFrom(GatewayDockerfile)))
        {
            Assert.Equal("true", service?["read_only"].Text());
            Assert.Contains("ALL", service?["cap_drop"].Items().Select(c => c.Text()) ?? []);
            Assert.Contains("no-new-privileges:true", service?["security_opt"].Items().Select(c => c.Text()) ?? []);
            Assert.True(service?["tmpfs"].Items().Any(t => t.Text() == "/tmp"), $"{name}: a writable /tmp");
        }
    }

    [Fact]
    public void The_gateway_is_published_on_loopback_only()
    {
        var ports = ComposeFile.BuiltFrom(GatewayDockerfile).Single().Value?["ports"].Items().Select(p => p.Text()!).ToArray() ?? [];

        Assert.NotEmpty(ports);
        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\$\{[A-Z_]+:\?[^}]+\}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequiredVariable();
}
