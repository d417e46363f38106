using PullSecretTasks.Logging;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>
/// A <see cref="FakeClusterBed"/> (fake API server seeded as OpenShift namespace ns1, a docker config with one
/// registry, a kubeconfig) and a RunnerContext reading only those: what the core tests of the cluster tier share.
/// </summary>
internal sealed class ClusterBed : IAsyncDisposable
{
    public const string Registry = FakeClusterBed.Registry;

    private readonly FakeClusterBed bed;

    private ClusterBed(FakeClusterBed bed) => this.bed = bed;

    public FakeKubeApiServer Server => bed.Server;

    public string Directory => bed.Directory.Path;

    public string Kubeconfig => bed.Kubeconfig;

    public List<string> Warnings { get; } = [];

    public static async Task<ClusterBed> StartAsync(FakeKubeApiServerOptions? options = null, string user = "testuser", string password = "testpass") =>
        new(await FakeClusterBed.StartAsync("psec-core", user, password, options ?? new FakeKubeApiServerOptions { BearerToken = "test-token" }));

    public void Login(string user, string password) => bed.Login(user, password);

    public RunnerContext Context => new()
    {
        Log = new ListLog(Warnings),
        Environment = RunnerEnvironment.From(new Dictionary<string, string>
        {
            ["HOME"] = Directory,
            ["DOCKER_CONFIG"] = bed.DockerConfig,
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

    public ValueTask DisposeAsync() => bed.DisposeAsync();

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
