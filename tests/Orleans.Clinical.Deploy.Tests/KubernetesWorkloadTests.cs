namespace Orleans.Clinical.Deploy.Tests;

public sealed class KubernetesWorkloadTests
{
    public static TheoryData<string> WorkloadNames() => new(KubernetesManifests.Workloads.Select(KubernetesManifests.NameOf));

    private static JsonNode Workload(string name) => KubernetesManifests.Workloads.Single(w => KubernetesManifests.NameOf(w) == name);

    [Fact]
    public void The_kustomization_applies_a_silo_and_a_gateway_workload()
    {
        var names = KubernetesManifests.Workloads.Select(w => w["metadata"]?["name"].Text()).ToArray();

        Assert.Contains("silo", names);
        Assert.Contains("gateway", names);
    }

    [Theory]
    [MemberData(nameof(WorkloadNames))]
    public void Every_container_runs_as_non_root_without_privileges(string name)
    {
        var workload = Workload(name);
        var pod = KubernetesManifests.PodSpec(workload);
        foreach (var container in KubernetesManifests.Containers(workload))
        {
            var security = container["securityContext"];
            var nonRoot = security?["runAsNonRoot"].Text() ?? pod["securityContext"]?["runAsNonRoot"].Text();
            Assert.Equal("true", nonRoot);
            Assert.NotEqual("0", security?["runAsUser"].Text() ?? pod["securityContext"]?["runAsUser"].Text());
            Assert.Equal("false", security?["allowPrivilegeEscalation"].Text());
            Assert.Equal("true", security?["readOnlyRootFilesystem"].Text());
            Assert.Contains("ALL", security?["capabilities"]?["drop"].Items().Select(c => c.Text()) ?? []);
            Assert.NotEqual("true", security?["privileged"].Text());
        }

        Assert.Equal("RuntimeDefault", pod["securityContext"]?["seccompProfile"]?["type"].Text());
        Assert.Equal("false", pod["automountServiceAccountToken"].Text());
    }

    [Theory]
    [MemberData(nameof(WorkloadNames))]
    public void Every_container_has_cpu_and_memory_requests_and_limits(string name)
    {
        foreach (var container in KubernetesManifests.Containers(Workload(name)))
        {
            foreach (var kind in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(container["resources"]?[kind]?[resource].Text()), $"{name}: {kind}.{resource} is missing");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(WorkloadNames))]
    public void Every_container_has_liveness_and_readiness_probes_on_a_declared_port(string name)
    {
        foreach (var container in KubernetesManifests.Containers(Workload(name)))
        {
            var ports = container["ports"].Items()
                .SelectMany(p => new[] { p["name"].Text(), p["containerPort"].Text() })
                .OfType<string>()
                .ToHashSet();
            foreach (var probe in new[] { "livenessProbe", "readinessProbe" })
            {
                var check = container[probe];
                Assert.NotNull(check);
                var port = (check["tcpSocket"] ?? check["httpGet"] ?? check["grpc"])?["port"].Text();
                Assert.True(port is not null && ports.Contains(port), $"{name}: the {probe} port '{port}' is not a container port");
            }
        }
    }

    [Theory]
    [MemberData(nameof(WorkloadNames))]
    public void Every_image_has_a_pinned_tag(string name)
    {
        var overrides = KubernetesManifests.Kustomization["images"].Items()
            .ToDictionary(i => i["name"].Text()!, i => i["newTag"].Text() ?? i["digest"].Text());
        foreach (var container in KubernetesManifests.Containers(Workload(name)))
        {
            var image = container["image"].Text()!;
            var (repository, tag) = ImageReference.Split(image);
            var effective = overrides.TryGetValue(repository, out var newTag) && newTag is not null ? newTag : tag;
            Assert.True(ImageReference.IsPinned(effective), $"{name}: image {image} has no pinned tag (effective '{effective}')");
        }
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("gateway")]
    public void Silos_and_gateways_run_at_least_two_replicas(string name)
    {
        var replicas = int.Parse(KubernetesManifests.Named("Deployment", name)["spec"]?["replicas"].Text() ?? "1");

        Assert.True(replicas >= 2, $"{name} runs {replicas} replica(s)");
    }

    [Fact]
    public void The_silo_advertises_its_pod_ip_and_uses_the_cluster_profile()
    {
        var silo = KubernetesManifests.Named("Deployment", "silo");
        var env = KubernetesManifests.Containers(silo).Single()["env"].Items().ToArray();
        var advertised = env.Single(e => e["name"].Text() == "Orleans__AdvertisedIP");

        Assert.Equal("status.podIP", advertised["valueFrom"]?["fieldRef"]?["fieldPath"].Text());
        Assert.Equal("Cluster", KubernetesManifests.Named("ConfigMap", "orleans-clinical-config")["data"]?["Orleans__Profile"].Text());
    }

    [Fact]
    public void The_silo_probes_its_orleans_ports_over_tcp()
    {
        var container = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", "silo")).Single();
        var ports = container["ports"].Items().ToDictionary(p => p["name"].Text()!, p => p["containerPort"].Text());

        Assert.Equal("11111", ports[container["livenessProbe"]?["tcpSocket"]?["port"].Text()!]);
        Assert.Contains(ports[container["readinessProbe"]?["tcpSocket"]?["port"].Text()!], new[] { "11111", "30000" });
    }

    [Fact]
    public void The_gateway_probes_healthz_for_liveness_and_ready_for_readiness()
    {
        var container = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", "gateway")).Single();

        Assert.Equal("/healthz", container["livenessProbe"]?["httpGet"]?["path"].Text());
        Assert.Equal("/ready", container["readinessProbe"]?["httpGet"]?["path"].Text());
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("gateway")]
    public void A_disruption_budget_covers_each_workload(string name)
    {
        var labels = KubernetesManifests.PodLabels(KubernetesManifests.Named("Deployment", name));

        Assert.Contains(KubernetesManifests.OfKind("PodDisruptionBudget"), b => KubernetesManifests.Selects(b["spec"]?["selector"], labels));
    }

    [Fact]
    public void The_gateway_autoscaler_targets_the_gateway_deployment_with_at_least_two_replicas()
    {
        var hpa = KubernetesManifests.OfKind("HorizontalPodAutoscaler").Single();

        Assert.Equal("autoscaling/v2", hpa["apiVersion"].Text());
        Assert.Equal("Deployment", hpa["spec"]?["scaleTargetRef"]?["kind"].Text());
        Assert.Equal("gateway", hpa["spec"]?["scaleTargetRef"]?["name"].Text());
        Assert.True(int.Parse(hpa["spec"]?["minReplicas"].Text() ?? "1") >= 2);
    }

    [Fact]
    public void The_gateway_service_and_ingress_reach_the_gateway_pods()
    {
        var labels = KubernetesManifests.PodLabels(KubernetesManifests.Named("Deployment", "gateway"));
        var service = KubernetesManifests.Named("Service", "gateway");
        var ingress = KubernetesManifests.OfKind("Ingress").Single();
        var backends = ingress.Resolve("#/spec/rules").Items().SelectMany(r => r["http"]?["paths"].Items() ?? []).Select(p => p["backend"]?["service"]).ToArray();

        Assert.True(service["spec"]?["selector"].Entries().All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value.Text()));
        Assert.NotEmpty(backends);
        Assert.All(backends, b => Assert.Equal("gateway", b?["name"].Text()));
    }

    [Fact]
    public void Every_secret_a_workload_reads_is_in_the_secret_template()
    {
        var template = RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate);
        var keys = template["stringData"].Keys().Concat(template["data"].Keys()).ToHashSet();
        var references = KubernetesManifests.Workloads
            .SelectMany(KubernetesManifests.Containers)
            .SelectMany(c => c["env"].Items())
            .Select(e => e["valueFrom"]?["secretKeyRef"])
            .OfType<JsonNode>()
            .ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.Equal(template["metadata"]?["name"].Text(), r["name"].Text());
            Assert.Contains(r["key"].Text()!, keys);
        });
    }
}
