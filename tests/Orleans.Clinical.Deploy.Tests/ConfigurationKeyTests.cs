namespace Orleans.Clinical.Deploy.Tests;

/// <summary>Manifests and code cannot drift: every setting a deployment file sets is a key the product reads.</summary>
public sealed class ConfigurationKeyTests
{
    public static TheoryData<string, string> DeploymentSettings()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        void Add(string source, string variable)
        {
            if (seen.Add((source, variable)))
            {
                data.Add(source, variable);
            }
        }

        foreach (var map in KubernetesManifests.OfKind("ConfigMap"))
        {
            foreach (var key in map["data"].Keys())
            {
                Add(KubernetesManifests.NameOf(map), key);
            }
        }

        foreach (var workload in KubernetesManifests.Workloads)
        {
            foreach (var env in KubernetesManifests.Containers(workload).SelectMany(c => c["env"].Items()))
            {
                Add(KubernetesManifests.NameOf(workload), env["name"].Text()!);
            }
        }

        foreach (var key in RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate)["stringData"].Keys())
        {
            Add(KubernetesManifests.SecretTemplate, key);
        }

        foreach (var (name, service) in ComposeFile.Services.Where(s => s.Value?["build"] is not null))
        {
            foreach (var key in ComposeFile.Environment(service).Keys)
            {
                Add($"{ComposeFile.Path}:{name}", key);
            }
        }

        foreach (var file in RepositoryFiles.Under("deploy/docker", ".Dockerfile"))
        {
            foreach (var name in Dockerfile.Load(file).Final.EnvironmentNames())
            {
                Add(file, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeploymentSettings))]
    public void Every_setting_of_the_deployment_files_is_a_key_of_the_product(string source, string variable)
    {
        if (ProductConfiguration.IsFrameworkSetting(variable))
        {
            return;
        }

        Assert.True(
            ProductConfiguration.Keys.Contains(ProductConfiguration.KeyOf(variable)),
            $"{source} sets {variable}, but {ProductConfiguration.KeyOf(variable)} is in no appsettings.json ({string.Join(", ", ProductConfiguration.SettingsFiles)})");
    }

    [Fact]
    public void The_keys_come_from_both_settings_files()
    {
        Assert.Contains("Orleans:AdvertisedIP", ProductConfiguration.Keys);
        Assert.Contains("Auth:SigningKey", ProductConfiguration.Keys);
        Assert.DoesNotContain("Orleans:NoSuchSetting", ProductConfiguration.Keys);
    }

    [Fact]
    public void Production_turns_development_tokens_off()
    {
        var config = KubernetesManifests.Named("ConfigMap", "orleans-clinical-config")["data"];
        var gatewayEnv = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", "gateway")).Single()["env"].Items();

        Assert.Equal("false", config?["Auth__DevTokens"].Text());
        Assert.DoesNotContain(gatewayEnv, e => e["name"].Text() == "Auth__DevTokens");
    }

    [Fact]
    public void Production_allows_no_local_browser_origin()
    {
        var origins = KubernetesManifests.Named("ConfigMap", "orleans-clinical-config")["data"].Entries()
            .Where(e => e.Key.StartsWith("Gateway__AllowedOrigins__", StringComparison.Ordinal))
            .Select(e => e.Value.Text()!)
            .ToArray();
        var localDefaults = RepositoryFiles.Json("gateway/appsettings.json")["Gateway"]?["AllowedOrigins"]?.AsArray().Count ?? 0;

        Assert.Equal(localDefaults, origins.Length);
        Assert.All(origins, o => Assert.StartsWith("https://", o, StringComparison.Ordinal));
    }

    [Fact]
    public void Gateways_listen_on_all_interfaces_in_containers()
    {
        var urls = KubernetesManifests.Named("ConfigMap", "orleans-clinical-config")["data"]?["Urls"].Text();
        var port = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", "gateway")).Single()["ports"].Items().Single()["containerPort"].Text();

        Assert.Equal($"http://+:{port}", urls);
    }

    [Theory]
    [InlineData("silo", "Storage__ConnectionString")]
    [InlineData("silo", "Privacy__PseudonymKey")]
    [InlineData("gateway", "Storage__ConnectionString")]
    [InlineData("gateway", "Auth__SigningKey")]
    public void Each_workload_gets_the_secrets_it_needs_to_start(string workload, string variable)
    {
        var env = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", workload)).Single()["env"].Items();

        Assert.Contains(env, e => e["name"].Text() == variable && e["valueFrom"]?["secretKeyRef"]?["key"].Text() == variable);
    }
}
