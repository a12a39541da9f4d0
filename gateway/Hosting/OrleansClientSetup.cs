using Azure.Data.Tables;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Configuration;

namespace Orleans.Clinical.Gateway.Hosting;

public static class OrleansClientSetup
{
    /// <summary>
    /// The gateway is a thin Orleans client: localhost clustering in the Local profile, Azure Table
    /// clustering in the Cluster profile. It holds no session state.
    /// </summary>
    public static WebApplicationBuilder AddClinicalOrleansClient(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Orleans");
        var cluster = string.Equals(section["Profile"], "Cluster", StringComparison.OrdinalIgnoreCase);
        var gatewayPort = section.GetValue("GatewayPort", 30000);
        var clusterId = section["ClusterId"] ?? "clinical-local";
        var storage = builder.Configuration["Storage:ConnectionString"];

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ClinicalNames.ServiceId;
            });
            if (cluster)
            {
                if (string.IsNullOrWhiteSpace(storage))
                {
                    throw new InvalidOperationException("Storage:ConnectionString is required in the Cluster profile.");
                }

                client.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
            }
            else
            {
                client.UseLocalhostClustering(gatewayPort);
            }

            client.AddMemoryStreams(ClinicalNames.StreamProvider);
        });
        return builder;
    }
}
