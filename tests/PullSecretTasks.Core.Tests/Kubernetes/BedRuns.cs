using PullSecretTasks.Logging;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>The core's runner against a <see cref="FakeClusterBed"/>, with an environment naming only the bed's files.</summary>
internal static class BedRuns
{
    public static Task<FakeClusterBed> StartAsync(FakeKubeApiServerOptions? options = null, string user = "testuser", string password = "testpass") =>
        FakeClusterBed.StartAsync("psec-core", user, password, options ?? new FakeKubeApiServerOptions { BearerToken = "test-token" });

    public static RunnerContext Context(this FakeClusterBed bed, ILog? log = null) => new()
    {
        Log = log ?? NullLog.Instance,
        Environment = RunnerEnvironment.From(new Dictionary<string, string>
        {
            ["HOME"] = bed.Directory.Path,
            ["DOCKER_CONFIG"] = bed.DockerConfig,
            ["KUBECONFIG"] = bed.Kubeconfig,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
        }),
    };

    public static CreateRequest Create(this FakeClusterBed bed, string name = "pull", params string[] link) => new()
    {
        Name = name,
        Registries = [FakeClusterBed.Registry],
        LinkTo = link,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static Task<CreateResult> CreateAsync(this FakeClusterBed bed, CreateRequest request, ILog? log = null) =>
        PullSecretRunner.CreateAsync(request, bed.Context(log), TestContext.Current.CancellationToken);

    public static Task<LinkResult> LinkAsync(this FakeClusterBed bed, LinkRequest request, ILog? log = null) =>
        PullSecretRunner.LinkAsync(request, bed.Context(log), TestContext.Current.CancellationToken);

    public static Task<LinkResult> UnlinkAsync(this FakeClusterBed bed, LinkRequest request) =>
        PullSecretRunner.UnlinkAsync(request, bed.Context(), TestContext.Current.CancellationToken);
}
