using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>
/// A <see cref="FakeClusterBed"/> (fake API server seeded as OpenShift namespace ns1, kubeconfig, docker config folder
/// with one canary login for <see cref="Registry"/>): what the task and targets tests share.
/// </summary>
internal sealed class TaskBed : IAsyncDisposable
{
    public const string Registry = FakeClusterBed.Registry;
    public const string User = "testuser";

    private readonly FakeClusterBed bed;

    private TaskBed(FakeClusterBed bed) => this.bed = bed;

    public FakeKubeApiServer Server => bed.Server;

    public TestDirectory Directory => bed.Directory;

    public string Kubeconfig => bed.Kubeconfig;

    /// <summary>The docker config folder (DOCKER_CONFIG style).</summary>
    public string DockerConfig => bed.DockerConfig;

    /// <summary>A fresh password per bed, so a leak of it can be searched for.</summary>
    public string Password => bed.Password;

    /// <summary>Every form in which the password must never appear in logs.</summary>
    public IReadOnlyList<string> LeakForms => bed.LeakForms;

    public static async Task<TaskBed> StartAsync() => new(await FakeClusterBed.StartAsync("psec-msbt", User));

    /// <summary>Fails naming the leaked form (a test value, safe to print).</summary>
    public void AssertNoLeak(string text, string what) => bed.AssertNoLeak(text, what);

    public ValueTask DisposeAsync() => bed.DisposeAsync();
}
