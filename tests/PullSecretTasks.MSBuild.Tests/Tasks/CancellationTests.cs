using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>
/// A cancelled build (Ctrl+C in dotnet build, which calls ICancelableTask.Cancel) stops the task at once and says what
/// was done, whether the core runs in-process or in the native tool (which Cancel stops with SIGTERM).
/// </summary>
public sealed class CancellationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CancelWhileLinkingFailsWithPsec9998SayingTheSecretWasCreatedInProcessOrInTheNativeTool(bool native)
    {
        // arrange: the account update hangs on the server
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(60) });
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine, timeout: "50s", native: native);
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
