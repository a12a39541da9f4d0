namespace Orleans.Clinical.Testing;

/// <summary>
/// A real Azurite (the Azure Storage emulator) on free loopback ports with its data in a fresh folder.
/// Tests that need it fail, not skip, when it is not installed.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private readonly ManagedProcess _process;

    private AzuriteServer(ManagedProcess process, string location, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        Location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>The folder holding everything Azurite stored.</summary>
    public string Location { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;"
        + $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;"
        + $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<AzuriteServer> StartAsync(string workDirectory)
    {
        var executable = Path.Combine(RepositoryPaths.Root, "deploy", "local", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                "Azurite is not installed: run 'npm ci --prefix deploy/local' (./test.sh does it).", executable);
        }

        var location = Path.Combine(workDirectory, "azurite");
        Directory.CreateDirectory(location);
        int blob = FreePorts.Next(), queue = FreePorts.Next(), table = FreePorts.Next();
        var process = ManagedProcess.Start(executable,
        [
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
            "--location", location, "--silent", "--skipApiVersionCheck", "--loose",
        ], Path.Combine(workDirectory, "logs", "azurite.log"));
        var server = new AzuriteServer(process, location, blob, queue, table);
        await FreePorts.WaitUntilListening(blob, TimeSpan.FromSeconds(60), () => process.IsRunning);
        await FreePorts.WaitUntilListening(table, TimeSpan.FromSeconds(30), () => process.IsRunning);
        return server;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
