using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>A cancelled build (Ctrl+C in dotnet build, which calls ICancelableTask.Cancel) stops the task at once and says what was done.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task CancelWhileLinkingFailsWithPsec9998SayingTheSecretWasCreated()
    {
        // arrange: the account update hangs on the server
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(60) });
        var engine = new FakeBuildEngine();
        var task = new CreatePullSecret
        {
            BuildEngine = engine,
            Name = "app-pull",
            Registries = [FakeClusterBed.Registry],
            Namespaces = ["ns1"],
            LinkTo = ["builder"],
            DockerConfig = bed.DockerConfig,
            Kubeconfig = bed.Kubeconfig,
            Timeout = "50s",
        };
        var run = Task.Run(task.Execute, TestContext.Current.CancellationToken);
        Assert.True(await bed.Server.WaitForRequestAsync("PUT", "/serviceaccounts/builder", TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), engine.AllText);

        // act
        task.Cancel();
        var ok = await run.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        // assert
        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.Cancelled, error.Code);
        Assert.Equal("In namespace ns1: secret/app-pull created; cancelled while linking serviceaccount/builder. Run the same command again to finish.", error.Message);
        Assert.NotNull(bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson"));
    }
}
