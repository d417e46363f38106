using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.TestInfra.Beds;

/// <summary>
/// What the in-process tiers share: a fake API server seeded as OpenShift namespace ns1, a kubeconfig for it (context
/// namespace ns1), a docker config folder with one login for <see cref="Registry"/> whose password is a <see cref="Secrets.Canary"/>,
/// and a controlled environment naming only those. Every in-process tier (core, tasks, Cake aliases) uses it as it is.
/// </summary>
public sealed class FakeClusterBed : IAsyncDisposable
{
    /// <summary>The registry in config.json.</summary>
    public const string Registry = "registry.example.com:5000";

    /// <summary>The namespace seeded as an OpenShift project and set in the kubeconfig context.</summary>
    public const string Namespace = "ns1";

    private FakeClusterBed(FakeKubeApiServer server, TestDirectory directory, Canary canary)
    {
        Server = server;
        Directory = directory;
        Canary = canary;
        Kubeconfig = KubeconfigWriter.Write(server, directory.Path, Namespace);
        Login(canary.User, canary.Password);
    }

    /// <summary>The fake API server.</summary>
    public FakeKubeApiServer Server { get; }

    /// <summary>The bed's folder.</summary>
    public TestDirectory Directory { get; }

    /// <summary>The kubeconfig.</summary>
    public string Kubeconfig { get; }

    /// <summary>The docker config folder (DOCKER_CONFIG style).</summary>
    public string DockerConfig => Directory.Combine("docker");

    /// <summary>The config.json in <see cref="DockerConfig"/>.</summary>
    public string DockerConfigFile => Directory.Combine("docker", "config.json");

    /// <summary>The login in config.json; its password must never appear in any output.</summary>
    public Canary Canary { get; private set; }

    /// <summary>The user in config.json.</summary>
    public string User => Canary.User;

    /// <summary>The password in config.json (a fresh canary unless the caller chose one).</summary>
    public string Password => Canary.Password;

    /// <summary>Every write the server received (POST, PUT, PATCH, DELETE).</summary>
    public IEnumerable<RequestRecord> Writes => Server.Requests.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");

    /// <summary>
    /// HOME and XDG_RUNTIME_DIR (empty folders of the bed), DOCKER_CONFIG, KUBECONFIG and the host's PATH: with these
    /// alone, the host's own logins and clusters cannot be found.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
    {
        ["HOME"] = Directory.CreateDirectory("home"),
        ["XDG_RUNTIME_DIR"] = Directory.CreateDirectory("xdg-runtime"),
        ["DOCKER_CONFIG"] = DockerConfig,
        ["KUBECONFIG"] = Kubeconfig,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
    };

    /// <summary>Starts the server (token auth) and writes the files.</summary>
    /// <param name="prefix">The temporary folder's prefix.</param>
    /// <param name="user">The user in config.json.</param>
    /// <param name="password">The password in config.json; null for a fresh <c>canary-GUID</c>.</param>
    /// <param name="options">Server options; null for bearer token <c>t</c>.</param>
    public static async Task<FakeClusterBed> StartAsync(string prefix, string user, string? password = null, FakeKubeApiServerOptions? options = null)
    {
        var server = await FakeKubeApiServer.StartAsync(options ?? new FakeKubeApiServerOptions { BearerToken = "t" }).ConfigureAwait(false);
        server.SeedOpenShiftNamespace(Namespace);
        return new FakeClusterBed(server, TestDirectory.Create(prefix), new Canary(user, password));
    }

    /// <summary>Rewrites config.json with one <c>auths</c> entry for <see cref="Registry"/>.</summary>
    public void Login(string user, string password)
    {
        Canary = new Canary(user, password);
        new AuthFileWriter().Login(Registry, Canary).WriteTo(DockerConfigFile);
    }

    /// <summary>Throws (failing the test) naming the leaked form (a test value, safe to print).</summary>
    public void AssertNoLeak(string text, string what) => Canary.AssertAbsent(text, what);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        Directory.Dispose();
    }
}
