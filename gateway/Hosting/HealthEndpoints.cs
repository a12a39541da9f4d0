using Orleans.Clinical.Grains.Interfaces;

namespace Orleans.Clinical.Gateway.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /ready: a silo answers a grain call.</summary>
    public static WebApplication MapClinicalHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" })).AllowAnonymous();
        app.MapGet("/ready", async (IClusterClient client, CancellationToken cancellation) =>
        {
            try
            {
                var silo = await client.GetGrain<IHealthGrain>(0).Ping().WaitAsync(TimeSpan.FromSeconds(3), cancellation);
                return Results.Ok(new { status = "ready", silo });
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                return Results.Problem("The Orleans cluster is not reachable.", statusCode: 503, title: "Not ready");
            }
        }).AllowAnonymous();
        return app;
    }
}
