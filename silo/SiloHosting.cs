using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Clinical.Grains.Session;
using Orleans.Configuration;
using Orleans.Storage;

namespace Orleans.Clinical.Silo;

public static class SiloHosting
{
    /// <summary>
    /// The silo: session state in Azure Blob Storage (Azurite locally), memory streams tuned for
    /// millisecond delivery, and localhost clustering (profile Local) or Azure Table clustering (profile Cluster).
    /// </summary>
    public static IHostApplicationBuilder AddClinicalSilo(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        var storage = builder.Configuration["Storage:ConnectionString"];
        if (string.IsNullOrWhiteSpace(storage))
        {
            throw new InvalidOperationException("Storage:ConnectionString is not configured.");
        }

        builder.Services.AddClinicalSessionOptions(builder.Configuration);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = ClinicalNames.ServiceId;
            });

            if (options.IsCluster)
            {
                silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
                silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            }

            silo.AddClinicalGrainServices(storage, options);
        });

        return builder;
    }

    /// <summary>Session, analysis and privacy settings from configuration; the pseudonym key is checked at start.</summary>
    public static IServiceCollection AddClinicalSessionOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section));
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.Section));
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(HasUsableKey, "Privacy:PseudonymKey must be a base64 secret of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// What every silo of the cluster needs whatever its clustering: session state in Azure Blob Storage and
    /// memory streams polled every few milliseconds (Orleans' default of 100 ms would delay every frame).
    /// </summary>
    public static ISiloBuilder AddClinicalGrainServices(this ISiloBuilder silo, string storageConnectionString, SiloOptions options)
    {
        // Grain state uses the Orleans serializer: version-tolerant through the [Id]s of the state types.
        // Chosen before any data exists; changing it later cannot read existing blobs.
        silo.Services.AddKeyedSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>(ClinicalNames.SessionStorage);
        silo.AddAzureBlobGrainStorage(ClinicalNames.SessionStorage, o =>
        {
            o.BlobServiceClient = new BlobServiceClient(storageConnectionString);
            o.ContainerName = "clinical-sessions";
        });
        silo.AddMemoryGrainStorage(ClinicalNames.PubSubStorage);
        silo.AddMemoryStreams(ClinicalNames.StreamProvider, streams =>
        {
            streams.ConfigurePartitioning(options.StreamQueues);
            streams.ConfigurePullingAgent(agent => agent.Configure(o =>
                o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(options.StreamPollMilliseconds)));
        });
        return silo;
    }

    private static bool HasUsableKey(PrivacyOptions privacy)
    {
        try
        {
            return privacy.KeyBytes().Length >= 32;
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static IPAddress AdvertisedAddress(SiloOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AdvertisedIP))
        {
            return IPAddress.Parse(options.AdvertisedIP);
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? IPAddress.Loopback;
    }
}
