using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Orleans.Clinical.Testing;

/// <summary>
/// The whole system as it runs in production, on free loopback ports: Azurite, a silo process and a gateway
/// process (real Kestrel). Logs of every process are captured for assertions.
/// </summary>
public sealed class ClinicalSystem : IAsyncDisposable
{
    private readonly string _clusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _pseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly int _siloPort = FreePorts.Next();
    private readonly int _siloGatewayPort = FreePorts.Next();
    private readonly Dictionary<string, string> _extraSiloSettings;
    private readonly bool _cluster;
    private int _siloStarts;

    private ClinicalSystem(string work, AzuriteServer azurite, Dictionary<string, string> extraSiloSettings, bool cluster)
    {
        WorkDirectory = work;
        Azurite = azurite;
        _extraSiloSettings = extraSiloSettings;
        _cluster = cluster;
        GatewayPort = FreePorts.Next();
        Http = new HttpClient { BaseAddress = GatewayUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string WorkDirectory { get; }

    public AzuriteServer Azurite { get; }

    public ManagedProcess Silo { get; private set; } = null!;

    /// <summary>Every silo process started, in order (the Cluster profile runs several at once).</summary>
    public List<ManagedProcess> Silos { get; } = [];

    public ManagedProcess Gateway { get; private set; } = null!;

    public int GatewayPort { get; }

    public Uri GatewayUri => new($"http://127.0.0.1:{GatewayPort}/");

    public Uri SocketUri => new($"ws://127.0.0.1:{GatewayPort}/clinical-assistance");

    public HttpClient Http { get; }

    public string LogsDirectory => Path.Combine(WorkDirectory, "logs");

    /// <summary>
    /// Starts Azurite, <paramref name="silos"/> silo processes and a gateway. With <paramref name="cluster"/> they use
    /// the Cluster profile (Azure Table membership on Azurite) as in production; otherwise the Local profile.
    /// </summary>
    public static async Task<ClinicalSystem> StartAsync(IReadOnlyDictionary<string, string>? siloSettings = null, int silos = 1, bool cluster = false)
    {
        var work = Path.Combine(Path.GetTempPath(), "clinical-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var azurite = await AzuriteServer.StartAsync(work);
        var system = new ClinicalSystem(work, azurite, new Dictionary<string, string>(siloSettings ?? new Dictionary<string, string>()), cluster);
        for (var i = 0; i < silos; i++)
        {
            await system.StartSiloAsync(i == 0 ? system._siloPort : FreePorts.Next(), i == 0 ? system._siloGatewayPort : FreePorts.Next());
        }

        system.Gateway = ManagedProcess.Start("dotnet",
            [RepositoryPaths.BuiltAssembly("gateway", "Orleans.Clinical.Gateway"), "--urls", system.GatewayUri.ToString().TrimEnd('/')],
            Path.Combine(system.LogsDirectory, "gateway.log"),
            new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Orleans__ClusterId"] = system._clusterId,
                ["Orleans__Profile"] = cluster ? "Cluster" : "Local",
                ["Storage__ConnectionString"] = azurite.ConnectionString,
                ["Orleans__GatewayPort"] = $"{system._siloGatewayPort}",
                ["Auth__SigningKey"] = system._signingKey,
                ["Auth__DevTokens"] = "true",
            },
            Path.GetDirectoryName(RepositoryPaths.BuiltAssembly("gateway", "Orleans.Clinical.Gateway")));
        await system.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return system;
    }

    /// <summary>Starts a silo process (again, after <see cref="KillSiloAsync"/>) with the same cluster and storage.</summary>
    public Task StartSiloAsync() => StartSiloAsync(_siloPort, _siloGatewayPort);

    private async Task StartSiloAsync(int siloPort, int gatewayPort)
    {
        var silo = RepositoryPaths.BuiltAssembly("silo", "Orleans.Clinical.Silo");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = Azurite.ConnectionString,
            ["Orleans__Profile"] = _cluster ? "Cluster" : "Local",
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
            ["Orleans__ClusterId"] = _clusterId,
            ["Orleans__SiloPort"] = $"{siloPort}",
            ["Orleans__GatewayPort"] = $"{gatewayPort}",
            ["Privacy__PseudonymKey"] = _pseudonymKey,
        };
        foreach (var (key, value) in _extraSiloSettings)
        {
            environment[key] = value;
        }

        var process = ManagedProcess.Start("dotnet", [silo], Path.Combine(LogsDirectory, $"silo-{++_siloStarts}.log"), environment, Path.GetDirectoryName(silo));
        Silos.Add(process);
        Silo = process;
        await FreePorts.WaitUntilListening(gatewayPort, TimeSpan.FromSeconds(90), () => process.IsRunning);
    }

    /// <summary>SIGKILL of the silo: a node failure, with no chance to write anything more.</summary>
    public Task KillSiloAsync() => Silo.KillAsync();

    public async Task WaitUntilReadyAsync(TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync("ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until && Gateway.IsRunning)
            {
            }

            if (DateTime.UtcNow >= until || !Gateway.IsRunning)
            {
                throw new TimeoutException("The gateway did not become ready. Log:\n" + Gateway.ReadLog());
            }

            await Pause.Briefly();
        }
    }

    /// <summary>A development token from POST /auth/token.</summary>
    public async Task<string> TokenFor(string user, params string[] roles)
    {
        using var response = await Http.PostAsJsonAsync("auth/token", new { user, roles = roles.Length == 0 ? ["clinician"] : roles });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Everything every process wrote to its log so far.</summary>
    public string AllLogs() => string.Join('\n', Directory.GetFiles(LogsDirectory).Select(ReadShared));

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }

        await Azurite.DisposeAsync();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
