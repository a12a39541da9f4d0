using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Clinical.Silo;
using Orleans.Clinical.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Orleans.Clinical.Grains.Tests;

/// <summary>A real two-silo cluster whose session state lives in a real Azurite.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "clinical-grains-" + Guid.NewGuid().ToString("N")[..8]);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public AzuriteServer Azurite { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync(_work);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Privacy:PseudonymKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }).Build();
        var connection = Azurite.ConnectionString;

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddClinicalGrainServices(connection, new SiloOptions());
            silo.Services.AddClinicalSessionOptions(configuration);
            silo.Services.AddClinicalAnalysis(configuration);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(ClinicalNames.StreamProvider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Cluster.WaitForClusterManifestToStabilizeAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Azurite.DisposeAsync();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
