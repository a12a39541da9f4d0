using System.Text.RegularExpressions;

namespace Orleans.Clinical.Deploy.Tests;

public sealed partial class SecretTemplateTests
{
    private static readonly JsonNode Template = RepositoryFiles.Yaml(KubernetesManifests.SecretTemplate);

    [Fact]
    public void The_template_is_a_secret_with_the_three_runtime_secrets()
    {
        Assert.Equal("Secret", Template["kind"].Text());
        Assert.Equal(
            new[] { "Auth__SigningKey", "Privacy__PseudonymKey", "Storage__ConnectionString" },
            Template["stringData"].Keys().Order(StringComparer.Ordinal));
        Assert.Null(Template["data"]);
    }

    [Fact]
    public void Every_value_of_the_template_is_a_placeholder()
    {
        Assert.All(Template["stringData"].Entries(), entry =>
        {
            var value = entry.Value.Text() ?? "";
            Assert.Matches(Placeholder(), value);
            Assert.False(HoldsKeyMaterial(value), $"{entry.Key} looks like a real key");
        });
    }

    [Fact]
    public void No_committed_deployment_file_holds_key_material_other_than_the_public_emulator_key()
    {
        var files = RepositoryFiles.Under("deploy/k8s", ".yaml").Concat(RepositoryFiles.Under("deploy/docker", ".yaml", "Dockerfile"));
        foreach (var file in files)
        {
            var text = RepositoryFiles.Read(file).Replace(PublicEmulatorKey, "", StringComparison.Ordinal);
            Assert.False(HoldsKeyMaterial(text), $"{file} holds something that looks like a key");
        }
    }

    [Theory]
    [InlineData("AccountKey=q3Zr8kV1xPzL0mWc5Yb2Tn7Hs4Gd9Fe6Ja1Ku3Lv8Mw0Nx5Oy2Pz7Qa4Rb9Sc==", true)]
    [InlineData("Z1RD6b8kT0o4S7nYp2WqXvA3cFhJ9mLeKuB5gNiPzQs=", true)]
    [InlineData("preferredDuringSchedulingIgnoredDuringExecution", false)]
    [InlineData("<REPLACE: base64 of 32 random bytes>", false)]
    public void Key_material_is_recognised(string text, bool expected)
    {
        Assert.Equal(expected, HoldsKeyMaterial(text));
    }

    /// <summary>A run of 40 or more base64 characters mixing digits, upper and lower case: a key, not a word.</summary>
    private static bool HoldsKeyMaterial(string text) => KeyMaterial().Matches(text).Any(m =>
        m.Value.Any(char.IsAsciiDigit) && m.Value.Any(char.IsAsciiLetterUpper) && m.Value.Any(char.IsAsciiLetterLower));

    /// <summary>Azurite's published development account key, documented by Microsoft; not a secret.</summary>
    private const string PublicEmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [GeneratedRegex(@"^<REPLACE[^<>]*>$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z0-9+/]{40,}={0,2}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyMaterial();
}
