using System.Text;
using PullSecretTasks.TestInfra.Rigs;

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

    /// <summary>The unique password.</summary>
    public string Password { get; } = $"canary-{Guid.NewGuid():N}";

    /// <summary>The user name.</summary>
    public string User => "canary-user";

    /// <summary>The DOCKER_CONFIG folder docker login wrote.</summary>
    public string DockerConfig => Path.Combine(Directory.Path, "docker");

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Every form in which the canary must never be printed.</summary>
    public IReadOnlyList<string> LeakForms =>
    [
        Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)).TrimEnd('='),
        DockerConfigJson.Auth(User, Password),
    ];

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
    public void AssertNoLeak(string output, string what)
    {
        foreach (var form in LeakForms)
        {
            Assert.False(output.Contains(form, StringComparison.Ordinal), $"{what} contains the canary in the form '{form}':\n{output}");
        }
    }
}
