using Orleans.Clinical.Testing;

namespace Orleans.Clinical.EndToEnd.Tests;

/// <summary>One running system (Azurite, silo, gateway) shared by the tests of a collection.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public ClinicalSystem System { get; private set; } = null!;

    public async Task InitializeAsync() => System = await ClinicalSystem.StartAsync();

    public async Task DisposeAsync() => await System.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}

/// <summary>A system of its own, for tests that kill and restart its silo.</summary>
public sealed class RestartableSystemFixture : IAsyncLifetime
{
    public ClinicalSystem System { get; private set; } = null!;

    public async Task InitializeAsync() => System = await ClinicalSystem.StartAsync();

    public async Task DisposeAsync() => await System.DisposeAsync();
}
