using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// A registry whose only password is a fresh <c>canary-&lt;guid&gt;</c>, logged in with the real docker CLI. Any
/// appearance of the canary (plain, base64, or inside the <c>auth</c> value) in CLI output is a leak.
/// </summary>
public sealed class CanaryFixture : IAsyncLifetime
{
    private TestDirectory? directory;
    private LoopbackRegistry? registry;

    /// <summary>The canary registry.</summary>
    public LoopbackRegistry Registry => registry ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The login: a unique password whose every form is searched for.</summary>
    public Canary Canary { get; } = new();

    /// <summary>The unique password.</summary>
    public string Password => Canary.Password;

    /// <summary>The user name.</summary>
    public string User => Canary.User;

    /// <summary>The DOCKER_CONFIG folder docker login wrote.</summary>
    public string DockerConfig => Path.Combine(Directory.Path, "docker");

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Every form in which the canary must never be printed.</summary>
    public IReadOnlyList<string> LeakForms => Canary.Forms;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-canary");
        registry = await LoopbackRegistry.StartAsync(directory.CreateDirectory("registry"), user: User, password: Password);
        await DockerLogin.WithAuths(DockerConfig).LoginAsync(registry.Host, User, Password);
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

    /// <summary>Fails naming the form that leaked (the form itself is a test value, safe to show).</summary>
    public void AssertNoLeak(string output, string what) => Canary.AssertAbsent(output, what);
}
