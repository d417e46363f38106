using System.Text;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.TestInfra.Beds;

/// <summary>
/// What the in-process tiers share: a fake API server seeded as OpenShift namespace ns1, a kubeconfig for it (context
/// namespace ns1), a docker config folder with one login for <see cref="Registry"/>, and a controlled environment
/// naming only those. Each front end's bed (core, tasks, Cake aliases) wraps one of these.
/// </summary>
public sealed class FakeClusterBed : IAsyncDisposable
{
    /// <summary>The registry in config.json.</summary>
    public const string Registry = "registry.example.com:5000";

    /// <summary>The namespace seeded as an OpenShift project and set in the kubeconfig context.</summary>
    public const string Namespace = "ns1";

    private FakeClusterBed(FakeKubeApiServer server, TestDirectory directory, string user, string password)
    {
        Server = server;
        Directory = directory;
        User = user;
        Password = password;
        Kubeconfig = KubeconfigWriter.Write(server, directory.Path, Namespace);
        Login(user, password);
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

    /// <summary>The user in config.json.</summary>
    public string User { get; private set; }

    /// <summary>The password in config.json (a fresh canary unless the caller chose one).</summary>
    public string Password { get; private set; }

    /// <summary>Every form in which the password must never appear in logs.</summary>
    public IReadOnlyList<string> LeakForms =>
    [
        Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)).TrimEnd('='),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")).TrimEnd('='),
    ];

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

    /// <summary>Starts the server (token auth: KubernetesClient refuses a kubeconfig user without credentials) and writes the files.</summary>
    /// <param name="prefix">The temporary folder's prefix.</param>
    /// <param name="user">The user in config.json.</param>
    /// <param name="password">The password in config.json; null for a fresh <c>canary-GUID</c>.</param>
    /// <param name="options">Server options; null for bearer token <c>t</c>.</param>
    public static async Task<FakeClusterBed> StartAsync(string prefix, string user, string? password = null, FakeKubeApiServerOptions? options = null)
    {
        var server = await FakeKubeApiServer.StartAsync(options ?? new FakeKubeApiServerOptions { BearerToken = "t" }).ConfigureAwait(false);
        server.SeedOpenShiftNamespace(Namespace);
        return new FakeClusterBed(server, TestDirectory.Create(prefix), user, password ?? $"canary-{Guid.NewGuid():N}");
    }

    /// <summary>Rewrites config.json with one <c>auths</c> entry for <see cref="Registry"/>.</summary>
    public void Login(string user, string password)
    {
        User = user;
        Password = password;
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        Directory.WriteFile("docker/config.json", "{\"auths\":{\"" + Registry + "\":{\"auth\":\"" + auth + "\"}}}");
    }

    /// <summary>Throws (failing the test) naming the leaked form (a test value, safe to print).</summary>
    public void AssertNoLeak(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var form in LeakForms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                // TestInfra has no assertion library; any exception fails the test with this message.
                throw new InvalidOperationException($"{what} contains the password in the form '{form}'.");
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        Directory.Dispose();
    }
}
