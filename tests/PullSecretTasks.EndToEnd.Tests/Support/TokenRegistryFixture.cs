using PullSecretTasks.TestInfra.Registry;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// The token-auth registry (127.0.0.1) and its token issuer (127.0.0.2), with real docker logins: one for the user who
/// may pull, one for the user granted nothing. The password is a canary, searched for in every output.
/// </summary>
public sealed class TokenRegistryFixture : IAsyncLifetime
{
    private readonly TokenAuthRegistryFixture token = new();
    private TestDirectory? directory;

    /// <summary>The registry and issuer.</summary>
    public TokenAuthRegistry Rig => token.Rig;

    /// <summary>The password of both users.</summary>
    public Canary Canary => token.Canary;

    /// <summary>The DOCKER_CONFIG of <c>docker login -u reader</c>.</summary>
    public string ReaderConfig => Path.Combine(Directory.Path, "docker-reader");

    /// <summary>The DOCKER_CONFIG of <c>docker login -u noaccess</c>.</summary>
    public string NoAccessConfig => Path.Combine(Directory.Path, "docker-noaccess");

    /// <summary>The registry host, 127.0.0.1:PORT.</summary>
    public string Host => token.Host;

    private TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        await token.InitializeAsync();
        directory = TestDirectory.Create("psec-token-logins");
        await DockerLogin.WithAuths(ReaderConfig).LoginAsync(Host, TokenAuthRegistry.Reader, Canary.Password);
        await DockerLogin.WithAuths(NoAccessConfig).LoginAsync(Host, TokenAuthRegistry.NoAccess, Canary.Password);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await token.DisposeAsync();
        directory?.Dispose();
    }

    /// <summary>A pullsecret environment reading <paramref name="dockerConfig"/>.</summary>
    public static CliEnvironment With(TestDirectory dir, string dockerConfig) => CliEnvironment.Empty(dir) with { DockerConfig = dockerConfig };

    /// <summary>A config.json whose only login is the reader with a wrong password (docker login would refuse to write it).</summary>
    public string WrongPasswordConfig(TestDirectory dir)
    {
        var folder = dir.CreateDirectory("docker-wrong");
        new AuthFileWriter().Login(Host, TokenAuthRegistry.Reader, "not-the-password").WriteTo(Path.Combine(folder, "config.json"));
        return folder;
    }
}
