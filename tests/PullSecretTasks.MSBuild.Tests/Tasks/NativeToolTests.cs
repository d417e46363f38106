using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>
/// CreatePullSecret running the Native AOT tool, as the package does on linux-x64: the same secret, outputs and
/// outcome lines as in-process, warnings and errors in MSBuild's words, and no credential in the log (its cancellation:
/// CancellationTests).
/// </summary>
public sealed class NativeToolTests
{
    [Fact]
    public async Task TheNativeToolWritesTheSecretTheCoreBuildsAndSetsTheSameOutputs()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine, timeout: "20s", native: true);
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
        var task = BedTasks.Create(bed, engine, "mount", "1s", native: true);
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
    public async Task ANativeToolThatCannotRunHereFallsBackToTheCoreInProcess()
    {
        // arrange: a file the kernel cannot execute (no ELF header, no shebang)
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine, timeout: "20s", native: true);
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
