using Cake.Core;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;

namespace Cake.PullSecretTasks.Tests;

/// <summary>A Cake script is told the setter to call: never a pullsecret flag.</summary>
public sealed class CakeHintsTests
{
    [Theory]
    [MemberData(nameof(AllSettings))]
    public void Every_setting_is_named_in_cake_words(Setting setting)
    {
        var hint = CakeHints.For(setting);

        Assert.NotEqual(setting.ToString(), hint);
        Assert.Null(CliFlags.Problem(hint));
    }

    public static TheoryData<Setting> AllSettings => [.. Enum.GetValues<Setting>()];

    [Fact]
    public async Task The_errors_of_failing_alias_calls_name_no_cli_flag()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        bed.Server.SeedSecret("ns1", "foreign", "Opaque", new Dictionary<string, string> { ["k"] = "dg==" });
        var context = FakeCakeContext.For(bed, new FakeCakeLog());
        var unreachable = KubeconfigWriter.WriteUnreachable(bed.Directory.Path);
        var calls = new List<Action>
        {
            () => context.CreatePullSecret("pull", s => s.WithNamespace("ns1")),
            () => context.CreatePullSecret("pull", s => s.WithRegistry("ghcr.io").WithAllRegistries()),
            () => context.CreatePullSecret("foreign", s => s.WithRegistry(FakeClusterBed.Registry)),
            () => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithDockerConfig("missing")),
            () => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithKubeconfig("missing")),
            () => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithKubeContext("nope")),
            () => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithKubeconfig(unreachable).WithTimeout(TimeSpan.FromSeconds(2))),
            () => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithType("tls")),
            () => context.LinkPullSecret("nobody", "foreign", s => s.WithTimeout(TimeSpan.FromSeconds(1))),
            () => context.LinkPullSecret("builder", "absent", s => s.WithDryRun(DryRunMode.Server)),
        };

        foreach (var call in calls)
        {
            // act
            var ex = Assert.Throws<CakeException>(call);

            // assert
            Assert.IsType<PullSecretException>(ex.InnerException);
            Assert.True(CliFlags.In(ex.Message).Count == 0, ex.Message);
        }
    }
}
