using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Orleans.Clinical.Deploy.Tests;

public sealed partial class DockerfileTests
{
    /// <summary>Each image: its Dockerfile, the project it publishes, the ports it exposes.</summary>
    public static TheoryData<string, string, string> Images() => new()
    {
        { "deploy/docker/silo.Dockerfile", "silo/Orleans.Clinical.Silo.csproj", "11111 30000" },
        { "deploy/docker/gateway.Dockerfile", "gateway/Orleans.Clinical.Gateway.csproj", "8080" },
    };

    public static TheoryData<string> Files() => new(RepositoryFiles.Under("deploy/docker", ".Dockerfile"));

    [Fact]
    public void There_is_a_dockerfile_for_the_silo_and_one_for_the_gateway()
    {
        Assert.Equal(new[] { "deploy/docker/gateway.Dockerfile", "deploy/docker/silo.Dockerfile" }, RepositoryFiles.Under("deploy/docker", ".Dockerfile"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_base_image_is_a_pinned_dotnet_image_of_the_target_framework(string file)
    {
        var dockerfile = Dockerfile.Load(file);
        var framework = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework["net".Length..];
        var stageNames = dockerfile.Stages.Select(s => s.Name).OfType<string>().ToHashSet();

        Assert.True(dockerfile.Stages.Count >= 2, "multi-stage: an SDK build stage and a runtime stage");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", dockerfile.Stages[0].Image, StringComparison.Ordinal);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/(aspnet|runtime):", dockerfile.Final.Image);
        foreach (var stage in dockerfile.Stages.Where(s => !stageNames.Contains(s.Image)))
        {
            var (_, tag) = ImageReference.Split(stage.Image);
            Assert.True(ImageReference.IsPinned(tag), $"{stage.Image} has no pinned tag");
            Assert.StartsWith(version, tag, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_runtime_stage_switches_to_a_non_root_user_before_the_entrypoint(string file)
    {
        var final = Dockerfile.Load(file).Final;
        var users = final.Instructions.Select((instruction, index) => (instruction, index)).Where(x => x.instruction.Name == "USER").ToArray();
        var entrypoint = final.Instructions.ToList().FindIndex(i => i.Name == "ENTRYPOINT");

        Assert.NotEmpty(users);
        var (last, at) = users[^1];
        Assert.DoesNotMatch(@"^(root|0)(:.*)?$", last.Arguments);
        Assert.True(last.Arguments is "$APP_UID" or "app" || NonZeroId().IsMatch(last.Arguments), $"USER {last.Arguments}");
        Assert.True(at < entrypoint, "USER comes before ENTRYPOINT");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_secret_is_set_in_an_image(string file)
    {
        var secrets = RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate)["stringData"].Keys().ToArray();
        foreach (var stage in Dockerfile.Load(file).Stages)
        {
            var names = stage.EnvironmentNames().Concat(stage.All("ARG").Select(a => a.Arguments.Split('=')[0])).ToArray();
            Assert.DoesNotContain(names, n => secrets.Contains(n, StringComparer.OrdinalIgnoreCase));
            Assert.DoesNotContain(names, n => SecretName().IsMatch(n));
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_image_exposes_the_ports_the_product_and_the_pods_use(string file, string project, string ports)
    {
        var exposed = Dockerfile.Load(file).Final.All("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order();
        var workload = Path.GetFileName(Path.GetDirectoryName(project))!;
        var podPorts = KubernetesManifests.Containers(KubernetesManifests.Named("Deployment", workload)).Single()["ports"].Items()
            .Select(p => p["containerPort"].Text()!).Order();

        Assert.Equal(ports.Split(' ').Order(), exposed);
        Assert.Equal(ports.Split(' ').Order(), podPorts);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_runtime_stage_has_a_healthcheck(string file)
    {
        var healthchecks = Dockerfile.Load(file).Final.All("HEALTHCHECK").ToArray();

        Assert.Single(healthchecks);
        Assert.Contains("CMD", healthchecks[0].Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Restore_copies_the_central_package_files_and_every_referenced_project_first(string file, string project, string ports)
    {
        _ = ports;
        var build = Dockerfile.Load(file).Stages[0];
        var restore = build.Instructions.ToList().FindIndex(i => i.Name == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore > 0, "a separate restore step");
        Assert.Contains(project, build.Instructions[restore].Arguments, StringComparison.Ordinal);

        var copiedBefore = build.Instructions.Take(restore).Where(i => i.Name == "COPY")
            .SelectMany(c => c.Paths.Count == 2 && c.Paths[1].EndsWith('/') && !c.Paths[0].EndsWith('/')
                ? [c.Paths[1].TrimStart('.', '/') + Path.GetFileName(c.Paths[0])]
                : c.Paths.Take(c.Paths.Count - 1))
            .ToHashSet();

        foreach (var needed in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" }.Concat(ProjectClosure(project)))
        {
            Assert.True(copiedBefore.Contains(needed), $"{needed} is not copied before dotnet restore");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_copied_path_exists_and_the_ignore_file_lets_it_through(string file)
    {
        var dockerfile = Dockerfile.Load(file);
        var ignore = RepositoryFiles.Read(file + ".dockerignore").Split('\n').Select(l => l.Trim()).ToArray();
        var included = ignore.Where(l => l.StartsWith('!')).Select(l => l[1..].TrimEnd('/')).ToHashSet();

        Assert.Contains("*", ignore);
        foreach (var copy in dockerfile.Stages.SelectMany(s => s.All("COPY")).Where(c => !c.CopiesFromStage))
        {
            foreach (var source in copy.Paths.Take(copy.Paths.Count - 1))
            {
                var path = source.TrimEnd('/');
                Assert.True(File.Exists(RepositoryFiles.PathOf(path)) || Directory.Exists(RepositoryFiles.PathOf(path)), $"COPY {source}: no such path");
                Assert.True(included.Contains(path.Split('/')[0]), $"COPY {source}: excluded by {file}.dockerignore");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_entrypoint_runs_the_published_assembly(string file, string project, string ports)
    {
        _ = ports;
        var entrypoint = Dockerfile.Load(file).Final.All("ENTRYPOINT").Single().Arguments;

        Assert.Contains($"\"{Path.GetFileNameWithoutExtension(project)}.dll\"", entrypoint, StringComparison.Ordinal);
        Assert.Contains("dotnet publish " + project, string.Join('\n', Dockerfile.Load(file).Stages[0].All("RUN").Select(r => r.Arguments)), StringComparison.Ordinal);
    }

    /// <summary>The project and every project it references, transitively, as repository-relative paths.</summary>
    private static IReadOnlyList<string> ProjectClosure(string project)
    {
        var seen = new List<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (seen.Contains(current))
            {
                continue;
            }

            seen.Add(current);
            var folder = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(RepositoryFiles.PathOf(folder), reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(RepositoryFiles.Root, full).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^[1-9][0-9]*(:[0-9]+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonZeroId();

    [GeneratedRegex(@"(?i)(password|secret|signingkey|pseudonymkey|connectionstring|accountkey)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecretName();
}
