using PullSecretTasks.TestInfra.Rigs;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>A loopback docker-registry whose only password is a fresh canary; any appearance of it in output is a leak.</summary>
public sealed class CanaryRegistryFixture : IAsyncLifetime
{
    private TestDirectory? directory;
    private LoopbackRegistry? registry;

    /// <summary>The registry user.</summary>
    public string User => "canary-user";

    /// <summary>The unique password.</summary>
    public string Password { get; } = $"canary-{Guid.NewGuid():N}";

    /// <summary>The registry.</summary>
    public LoopbackRegistry Registry => registry ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Every form in which the canary must never be printed.</summary>
    public IReadOnlyList<string> LeakForms =>
    [
        Password,
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Password)).TrimEnd('='),
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}")).TrimEnd('='),
    ];

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
