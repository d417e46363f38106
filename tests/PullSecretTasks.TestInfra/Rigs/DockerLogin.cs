namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// A <c>DOCKER_CONFIG</c> folder filled by the real docker CLI: <c>docker login HOST -u U --password-stdin</c>
/// without a daemon (docker/cli cli/command/registry/login.go). The folder is pre-seeded, because a config.json without any auth information
/// makes the CLI pick <c>credsStore: "pass"</c> by itself whenever pass is installed (gotcha 1).
/// </summary>
public sealed class DockerLogin
{
    private DockerLogin(string configDirectory) => ConfigDirectory = configDirectory;

    /// <summary>The folder to hand out as <c>DOCKER_CONFIG</c>.</summary>
    public string ConfigDirectory { get; }

    /// <summary>The config.json inside <see cref="ConfigDirectory"/>.</summary>
    public string ConfigPath => Path.Combine(ConfigDirectory, "config.json");

    /// <summary>Plain <c>auths</c> storage: the secret lands base64-encoded in config.json.</summary>
    public static DockerLogin WithAuths(string configDirectory) =>
        WithConfig(configDirectory, """{"auths":{"placeholder.invalid":{}}}""");

    /// <summary>A per-registry helper: <c>{"credHelpers":{HOST:HELPER}}</c>.</summary>
    public static DockerLogin WithCredHelper(string configDirectory, string host, string helper) =>
        WithConfig(configDirectory, $$$"""{"auths":{"placeholder.invalid":{}},"credHelpers":{"{{{host}}}":"{{{helper}}}"}}""");

    /// <summary>A default store for every registry: <c>{"credsStore":STORE}</c>.</summary>
    public static DockerLogin WithCredsStore(string configDirectory, string store) =>
        WithConfig(configDirectory, $$"""{"credsStore":"{{store}}"}""");

    /// <summary>Any pre-seeded config.json.</summary>
    public static DockerLogin WithConfig(string configDirectory, string configJson)
    {
        Directory.CreateDirectory(configDirectory);
        File.WriteAllText(Path.Combine(configDirectory, "config.json"), configJson);
        return new DockerLogin(configDirectory);
    }

    /// <summary>
    /// Runs <c>docker login</c> in a clean environment (PATH, HOME, DOCKER_CONFIG plus <paramref name="environment"/>,
    /// e.g. a <see cref="PassCredentialStore"/>'s variables) and throws with the output if it fails.
    /// </summary>
    public async Task<ProcessResult> LoginAsync(
        string host,
        string user,
        string password,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var result = await TryLoginAsync(host, user, password, environment, cancellationToken).ConfigureAwait(false);
        return result.EnsureSuccess();
    }

    /// <summary>Like <see cref="LoginAsync"/>, but returns a failed login instead of throwing.</summary>
    public Task<ProcessResult> TryLoginAsync(
        string host,
        string user,
        string password,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var docker = Prerequisites.Require("docker", "the docker CLI (static binary in /usr/local/bin, or apt-get install docker-cli)");
        var variables = new Dictionary<string, string?>
        {
            ["PATH"] = Prerequisites.HostPath,
            ["HOME"] = ConfigDirectory,
            ["DOCKER_CONFIG"] = ConfigDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return ProcessRunner.RunAsync(
            docker,
            ["login", host, "-u", user, "--password-stdin"],
            new ProcessOptions { StandardInput = password, Environment = variables, CleanEnvironment = true, Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken);
    }

    /// <summary>The current config.json text.</summary>
    public string ReadConfig() => File.ReadAllText(ConfigPath);
}
