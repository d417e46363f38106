using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>A loopback docker-registry whose only password is a fresh canary; any appearance of it in output is a leak.</summary>
public sealed class CanaryRegistryFixture : IAsyncLifetime
{
    private TestDirectory? directory;
    private LoopbackRegistry? registry;

    /// <summary>The login: a unique password whose every form is searched for.</summary>
    public Canary Canary { get; } = new();

    /// <summary>The registry user.</summary>
    public string User => Canary.User;

    /// <summary>The unique password.</summary>
    public string Password => Canary.Password;

    /// <summary>The registry.</summary>
    public LoopbackRegistry Registry => registry ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-cakereg");
        registry = await LoopbackRegistry.StartAsync(directory.CreateDirectory("registry"), user: User, password: Password);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (registry is not null)
        {
            await registry.DisposeAsync();
        }

        directory?.Dispose();
    }
}
