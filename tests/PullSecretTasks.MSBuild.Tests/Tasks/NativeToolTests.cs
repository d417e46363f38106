using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>
/// CreatePullSecret running the Native AOT tool, as the package does on linux-x64: the same secret, outputs and
/// outcome lines as in-process, warnings and errors in MSBuild's words, cancellation, and no credential in the log.
/// </summary>
public sealed class NativeToolTests
{
    private static CreatePullSecret NewTask(FakeClusterBed bed, FakeBuildEngine engine, string @for = "pull;mount", string timeout = "20s")
    {
        Assert.True(File.Exists(RepositoryRoot.NativeTool), $"Run build/build.sh build first: {RepositoryRoot.NativeTool} is missing.");
        return new CreatePullSecret
        {
            BuildEngine = engine,
            Name = "app-pull",
            Registries = [FakeClusterBed.Registry],
            Namespaces = ["ns1"],
            LinkTo = ["builder"],
            For = @for,
            DockerConfig = bed.DockerConfig,
            Kubeconfig = bed.Kubeconfig,
            Timeout = timeout,
            NativeToolPath = RepositoryRoot.NativeTool,
        };
    }

    [Fact]
    public async Task TheNativeToolWritesTheSecretTheCoreBuildsAndSetsTheSameOutputs()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = NewTask(bed, engine);
        var inProcess = await PullSecretRunner.CreateAsync(new Requests.CreateRequest { Name = "app-pull", Namespaces = ["ns1"], Registries = [FakeClusterBed.Registry], DryRun = Requests.DryRunMode.Client },
            new RunnerContext { Environment = RunnerEnvironment.From(bed.Variables) }, TestContext.Current.CancellationToken);

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(inProcess.Secrets[0].Secret.Data[".dockerconfigjson"]), bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson"));
        var item = Assert.Single(task.Secrets);
        Assert.Equal(("app-pull", "ns1", "Created", "builder", FakeClusterBed.Registry, "false", "kubernetes.io/dockerconfigjson"),
            (item.ItemSpec, item.GetMetadata("Namespace"), item.GetMetadata("Action"), item.GetMetadata("LinkedTo"), item.GetMetadata("Registries"), item.GetMetadata("DryRun"), item.GetMetadata("Type")));
        Assert.Contains($"Pull secret 'app-pull' created in namespace 'ns1' for registry '{FakeClusterBed.Registry}'.", engine.AllText, StringComparison.Ordinal);
        Assert.Contains("Service account 'builder' in namespace 'ns1' linked to 'app-pull' (imagePullSecrets, secrets).", engine.AllText, StringComparison.Ordinal);
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        bed.AssertNoLeak(engine.AllText, "the task log");
    }

    [Fact]
    public async Task WarningsAndErrorsFromTheNativeToolNameMSBuildSettingsNotFlags()
    {
        // arrange: mount only warns PSEC1106; an account that never appears fails PSEC2004 at the timeout
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = NewTask(bed, engine, "mount", "1s");
        task.LinkTo = ["builder", "ghost"];

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(ErrorCodes.BuilderMountOnly, warning.Code);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.ServiceAccountNotFound, error.Code);
        Assert.Contains("PullSecretTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message + warning.Message, StringComparison.Ordinal);
        bed.AssertNoLeak(engine.AllText, "the task log");
    }

    [Fact]
    public async Task CancelStopsTheNativeToolWhichSaysTheSecretWasCreated()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(60) });
        var engine = new FakeBuildEngine();
        var task = NewTask(bed, engine, timeout: "50s");
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
    }

    [Fact]
    public async Task ANativeToolThatCannotRunHereFallsBackToTheCoreInProcess()
    {
        // arrange: a file the kernel cannot execute (no ELF header, no shebang)
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = NewTask(bed, engine);
        var broken = bed.Directory.Combine("not-a-binary");
        File.WriteAllText(broken, "not a program");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        task.NativeToolPath = broken;

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Contains("cannot run here; running in-process", engine.AllText, StringComparison.Ordinal);
        Assert.Equal("Created", Assert.Single(task.Secrets).GetMetadata("Action"));
    }
}
