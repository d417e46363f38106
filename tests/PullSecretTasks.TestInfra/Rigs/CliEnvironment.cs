namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// The complete environment a pullsecret child process sees. Every variable the credential search reads is set
/// here or absent, so the host's own logins (~/.docker, /run/containers/0/auth.json) can never leak in.
/// </summary>
public sealed record CliEnvironment
{
    /// <summary>HOME: an empty folder by default.</summary>
    public required string Home { get; init; }

    /// <summary>XDG_RUNTIME_DIR: always set, so /run/containers/&lt;uid&gt;/auth.json is never consulted.</summary>
    public required string XdgRuntimeDir { get; init; }

    /// <summary>XDG_CONFIG_HOME, or null to leave it unset.</summary>
    public string? XdgConfigHome { get; init; }

    /// <summary>DOCKER_CONFIG, or null to leave it unset.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>REGISTRY_AUTH_FILE, or null to leave it unset.</summary>
    public string? RegistryAuthFile { get; init; }

    /// <summary>GNUPGHOME and PASSWORD_STORE_DIR of a pass store, or empty.</summary>
    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();

    /// <summary>An environment with an empty HOME and runtime dir under <paramref name="directory"/>.</summary>
    public static CliEnvironment Empty(TestDirectory directory) => new()
    {
        Home = directory.CreateDirectory("home"),
        XdgRuntimeDir = directory.CreateDirectory("xdg-runtime"),
    };

    /// <summary>The variables, for <see cref="ProcessOptions.Environment"/> with a clean environment.</summary>
    public IReadOnlyDictionary<string, string?> ToVariables()
    {
        var variables = new Dictionary<string, string?>
        {
            ["PATH"] = Prerequisites.HostPath,
            ["HOME"] = Home,
            ["XDG_RUNTIME_DIR"] = XdgRuntimeDir,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        Add(variables, "XDG_CONFIG_HOME", XdgConfigHome);
        Add(variables, "DOCKER_CONFIG", DockerConfig);
        Add(variables, "REGISTRY_AUTH_FILE", RegistryAuthFile);
        foreach (var (name, value) in Extra)
        {
            variables[name] = value;
        }

        return variables;
    }

    private static void Add(Dictionary<string, string?> variables, string name, string? value)
    {
        if (value is not null)
        {
            variables[name] = value;
        }
    }
}
