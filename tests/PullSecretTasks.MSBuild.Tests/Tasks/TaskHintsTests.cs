using Microsoft.Build.Framework;
using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.Options;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>An MSBuild user is told the property, metadata or parameter to set: never a pullsecret flag.</summary>
public sealed class TaskHintsTests
{
    [Theory]
    [MemberData(nameof(AllSettings))]
    public void Every_setting_is_named_in_msbuild_words(Setting setting)
    {
        var hint = TaskHints.For(setting);

        Assert.NotEqual(setting.ToString(), hint);
        Assert.Null(CliFlags.Problem(hint));
    }

    public static TheoryData<Setting> AllSettings => [.. Enum.GetValues<Setting>()];

    [Fact]
    public async Task The_errors_of_failing_task_runs_name_no_cli_flag()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbh", "testuser");
        bed.Server.SeedSecret("ns1", "foreign", "Opaque", new Dictionary<string, string> { ["k"] = "dg==" });
        var missing = bed.Directory.Combine("missing");
        var unreachable = KubeconfigWriter.WriteUnreachable(bed.Directory.Path);
        var runs = new List<Func<IBuildEngine, PullSecretTask>>
        {
            e => Create(e, bed, t => t.Registries = []),
            e => Create(e, bed, t => t.For = "push"),
            e => Create(e, bed, t => t.Timeout = "soon"),
            e => Create(e, bed, t => t.DryRun = "maybe"),
            e => Create(e, bed, t => { t.Kubeconfig = unreachable; t.Timeout = "2s"; }),
            e => Create(e, bed, t => t.Name = "foreign"),
            e => Create(e, bed, t => t.DockerConfig = missing),
            e => Create(e, bed, t => t.Kubeconfig = missing),
            e => Create(e, bed, t => t.KubeContext = "nope"),
            e => Create(e, bed, t => { t.Registries = ["ghcr.io"]; t.AllRegistries = true; }),
            e => new LinkPullSecret { BuildEngine = e, ServiceAccount = "builder", Secrets = ["absent"], Kubeconfig = bed.Kubeconfig, Timeout = "5s" },
            e => new LinkPullSecret { BuildEngine = e, ServiceAccount = "nobody", Secrets = ["foreign"], Kubeconfig = bed.Kubeconfig, Timeout = "1s" },
        };

        foreach (var run in runs)
        {
            // act
            var engine = new FakeBuildEngine();
            var ok = run(engine).Execute();

            // assert
            Assert.False(ok);
            var error = Assert.Single(engine.Errors);
            Assert.True(CliFlags.In(error.Message ?? "").Count == 0, $"{error.Code}: {error.Message}");
        }
    }

    private static CreatePullSecret Create(IBuildEngine engine, FakeClusterBed bed, Action<CreatePullSecret> change)
    {
        var task = new CreatePullSecret
        {
            BuildEngine = engine,
            Name = "app-pull",
            Registries = [FakeClusterBed.Registry],
            Namespaces = ["ns1"],
            DockerConfig = bed.DockerConfig,
            Kubeconfig = bed.Kubeconfig,
            Timeout = "5s",
        };
        change(task);
        return task;
    }
}
