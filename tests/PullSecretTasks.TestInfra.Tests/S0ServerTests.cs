using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>A fresh fake API server seeded with fixture S0 (FakeKubeApiServer.SeedFixtureS0) and a client for it, per test.</summary>
public abstract class S0ServerTests : IAsyncLifetime
{
    protected FakeKubeApiServer Server { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await FakeKubeApiServer.StartAsync();
        Server.SeedFixtureS0();
        Client = Server.CreateHttpClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
