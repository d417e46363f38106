using Xunit;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.TestInfra.Registry;

/// <summary>A class fixture holding one <see cref="TokenAuthRegistry"/> whose users' password is a canary.</summary>
public sealed class TokenAuthRegistryFixture : IAsyncLifetime
{
    private TestDirectory? directory;
    private TokenAuthRegistry? rig;

    /// <summary>The registry and its issuer.</summary>
    public TokenAuthRegistry Rig => rig ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The users' password, searched for in every output.</summary>
    public Canary Canary { get; } = new(TokenAuthRegistry.Reader);

    /// <summary>The registry host, 127.0.0.1:PORT.</summary>
    public string Host => Rig.Registry.Host;

    /// <summary>Writes <paramref name="configFile"/> with one login for the registry.</summary>
    public void Login(string configFile, string user, string? password = null) =>
        new AuthFileWriter().Login(Host, user, password ?? Canary.Password).WriteTo(configFile);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-token");
        rig = await TokenAuthRegistry.StartAsync(directory.CreateDirectory("rig"), Canary.Password).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (rig is not null)
        {
            await rig.DisposeAsync().ConfigureAwait(false);
        }
        directory?.Dispose();
    }
}
