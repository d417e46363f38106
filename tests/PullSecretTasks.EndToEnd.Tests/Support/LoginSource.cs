using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>The real ways users leave credentials behind, as theory data (names read well in test output).</summary>
public static class LoginSource
{
    /// <summary><c>docker login</c>, secret base64-encoded in config.json <c>auths</c>.</summary>
    public const string DockerAuths = "docker login (auths)";

    /// <summary><c>docker login</c> against the TLS registry.</summary>
    public const string DockerAuthsTls = "docker login (auths, TLS registry)";

    /// <summary><c>docker login</c> through <c>credHelpers: {HOST: "pass"}</c>.</summary>
    public const string DockerCredHelper = "docker login (credHelpers pass)";

    /// <summary><c>docker login</c> through <c>credsStore: "pass"</c>.</summary>
    public const string DockerCredsStore = "docker login (credsStore pass)";

    /// <summary><c>skopeo login</c>, found through REGISTRY_AUTH_FILE.</summary>
    public const string Skopeo = "skopeo login (REGISTRY_AUTH_FILE)";

    /// <summary><c>podman login</c>, found through REGISTRY_AUTH_FILE.</summary>
    public const string Podman = "podman login (REGISTRY_AUTH_FILE)";

    /// <summary>All sources that work on a machine with the required Debian packages.</summary>
    public static TheoryData<string> All => [DockerAuths, DockerAuthsTls, DockerCredHelper, DockerCredsStore, Skopeo, Podman];
}

/// <summary>A completed real login and the environment that lets pullsecret find it.</summary>
/// <param name="Registry">The registry logged in to.</param>
/// <param name="Environment">What the pullsecret child sees.</param>
/// <param name="AuthFile">The file the login wrote (config.json or auth.json).</param>
/// <param name="Helper">The credential helper holding the secret, if any.</param>
public sealed record LoggedIn(LoopbackRegistry Registry, CliEnvironment Environment, string AuthFile, string? Helper)
{
    /// <summary>Performs the login named by <paramref name="source"/> into <paramref name="directory"/>.</summary>
    public static async Task<LoggedIn> LoginAsync(string source, RealComponentsFixture components, TestDirectory directory)
    {
        var ct = TestContext.Current.CancellationToken;
        var registry = source == LoginSource.DockerAuthsTls ? components.Tls : components.Http;
        var empty = CliEnvironment.Empty(directory);
        switch (source)
        {
            case LoginSource.DockerAuths or LoginSource.DockerAuthsTls:
            {
                var docker = DockerLogin.WithAuths(directory.Combine("docker"));
                await docker.LoginAsync(registry.Host, registry.User, registry.Password, cancellationToken: ct);
                return new LoggedIn(registry, empty with { DockerConfig = docker.ConfigDirectory }, docker.ConfigPath, null);
            }

            case LoginSource.DockerCredHelper or LoginSource.DockerCredsStore:
            {
                var docker = source == LoginSource.DockerCredHelper
                    ? DockerLogin.WithCredHelper(directory.Combine("docker"), registry.Host, "pass")
                    : DockerLogin.WithCredsStore(directory.Combine("docker"), "pass");
                await docker.LoginAsync(registry.Host, registry.User, registry.Password, components.Pass.Environment, ct);
                var environment = empty with { DockerConfig = docker.ConfigDirectory, Extra = components.Pass.Environment };
                return new LoggedIn(registry, environment, docker.ConfigPath, "pass");
            }

            case LoginSource.Skopeo:
            {
                var authFile = directory.Combine("skopeo", "auth.json");
                await SkopeoLogin.LoginAsync(authFile, registry.Host, registry.User, registry.Password, ct);
                return new LoggedIn(registry, empty with { RegistryAuthFile = authFile }, authFile, null);
            }

            case LoginSource.Podman:
            {
                var authFile = directory.Combine("podman-auth.json");
                await PodmanLogin.LoginAsync(directory.Path, authFile, registry.Host, registry.User, registry.Password, ct);
                return new LoggedIn(registry, empty with { RegistryAuthFile = authFile }, authFile, null);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown login source.");
        }
    }
}
