using Orleans.Clinical.Grains.Interfaces;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Clinical.Grains.Session;

[StatelessWorker]
public sealed class HealthGrain(ILocalSiloDetails silo) : Grain, IHealthGrain
{
    public Task<string> Ping() => Task.FromResult(silo.Name);
}
