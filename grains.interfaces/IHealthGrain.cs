namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>Answers readiness probes: a reply means the cluster accepts and runs grain calls.</summary>
[Alias("IHealthGrain")]
public interface IHealthGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the name of the silo that answered.</summary>
    [Alias("Ping")]
    Task<string> Ping();
}
