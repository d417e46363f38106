using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// One HTTP registry, one TLS registry and one pass store per test class: starting them costs about a second
/// together, and tests only read from them (each test logs in into its own temporary folder).
/// </summary>
public sealed class RealComponentsFixture : IAsyncLifetime
{
    private TestDirectory? directory;
    private LoopbackRegistry? http;
    private LoopbackRegistry? tls;
    private PassCredentialStore? pass;

    /// <summary>The plain-HTTP registry.</summary>
    public LoopbackRegistry Http => http ?? throw NotStarted();

    /// <summary>The TLS registry with its self-signed certificate.</summary>
    public LoopbackRegistry Tls => tls ?? throw NotStarted();

    /// <summary>A pass store with its gpg key, for credHelpers/credsStore logins.</summary>
    public PassCredentialStore Pass => pass ?? throw NotStarted();

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-fx");
        var starting = (
            LoopbackRegistry.StartAsync(directory.CreateDirectory("registry-http")),
            LoopbackRegistry.StartAsync(directory.CreateDirectory("registry-tls"), tls: true),
            PassCredentialStore.CreateAsync(directory.CreateDirectory("pass")));
        http = await starting.Item1;
        tls = await starting.Item2;
        pass = await starting.Item3;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (pass is not null)
        {
            await pass.DisposeAsync();
        }

        if (tls is not null)
        {
            await tls.DisposeAsync();
        }

        if (http is not null)
        {
            await http.DisposeAsync();
        }

        directory?.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("The fixture has not been initialised.");
}
