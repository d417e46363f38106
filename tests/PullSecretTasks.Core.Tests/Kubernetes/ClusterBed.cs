using System.Text;
using PullSecretTasks.Logging;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>
/// A fake API server seeded as OpenShift namespace ns1, a docker config with one registry, a kubeconfig,
/// and a RunnerContext reading only those: what the core tests of the cluster tier share.
/// </summary>
internal sealed class ClusterBed : IAsyncDisposable
{
    public const string Registry = "registry.example.com:5000";

    private ClusterBed(FakeKubeApiServer server, string dir, string kubeconfig)
    {
        Server = server;
        Directory = dir;
        Kubeconfig = kubeconfig;
    }

    public FakeKubeApiServer Server { get; }

    public string Directory { get; }

    public string Kubeconfig { get; }

    public List<string> Warnings { get; } = [];

    public static async Task<ClusterBed> StartAsync(FakeKubeApiServerOptions? options = null, string user = "testuser", string password = "testpass")
    {
        // KubernetesClient refuses a kubeconfig user without credentials (kubectl accepts one), so use a token.
        var server = await FakeKubeApiServer.StartAsync(options ?? new FakeKubeApiServerOptions { BearerToken = "test-token" });
        server.SeedOpenShiftNamespace("ns1");
        var dir = Path.Combine(Path.GetTempPath(), "psec-core-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "docker"));
        var bed = new ClusterBed(server, dir, KubeconfigWriter.Write(server, dir, "ns1"));
        bed.Login(user, password);
        return bed;
    }

    public void Login(string user, string password)
    {
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        File.WriteAllText(Path.Combine(Directory, "docker", "config.json"), "{\"auths\":{\"" + Registry + "\":{\"auth\":\"" + auth + "\"}}}");
    }

    public RunnerContext Context => new()
    {
        Log = new ListLog(Warnings),
        Environment = RunnerEnvironment.From(new Dictionary<string, string>
        {
            ["HOME"] = Directory,
            ["DOCKER_CONFIG"] = Path.Combine(Directory, "docker"),
            ["KUBECONFIG"] = Kubeconfig,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
        }),
    };

    public CreateRequest Create(string name = "pull", params string[] link) => new()
    {
        Name = name,
        Registries = [Registry],
        LinkTo = link,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public Task<CreateResult> CreateAsync(CreateRequest request) =>
        PullSecretRunner.CreateAsync(request, Context, TestContext.Current.CancellationToken);

    public Task<LinkResult> LinkAsync(LinkRequest request) =>
        PullSecretRunner.LinkAsync(request, Context, TestContext.Current.CancellationToken);

    public Task<LinkResult> UnlinkAsync(LinkRequest request) =>
        PullSecretRunner.UnlinkAsync(request, Context, TestContext.Current.CancellationToken);

    public IEnumerable<RequestRecord> Writes => Server.Requests.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    private sealed class ListLog(List<string> warnings) : ILog
    {
        public void Verbose(string message) { }

        public void Info(string message) { }

        public void Warn(string code, string message)
        {
            lock (warnings)
            {
                warnings.Add($"{code}: {message}");
            }
        }
    }
}
