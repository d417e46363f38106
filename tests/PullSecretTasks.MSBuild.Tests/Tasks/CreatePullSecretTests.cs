using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

public sealed class CreatePullSecretTests
{
    [Fact]
    public async Task CreatesTheSecretAndLinksItToBuilder()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Contains(FakeClusterBed.Registry, bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson"));
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "builder"));
        var item = Assert.Single(task.Secrets);
        Assert.Equal("app-pull", item.ItemSpec);
        Assert.Equal("ns1", item.GetMetadata("Namespace"));
        Assert.Equal("Created", item.GetMetadata("Action"));
        Assert.Equal("builder", item.GetMetadata("LinkedTo"));
        Assert.Equal(FakeClusterBed.Registry, item.GetMetadata("Registries"));
        Assert.Equal("false", item.GetMetadata("DryRun"));
        bed.AssertNoLeak(engine.AllText, "the task log");
        foreach (var name in item.MetadataNames.Cast<string>())
        {
            bed.AssertNoLeak(item.GetMetadata(name), $"metadata {name}");
        }
    }

    [Fact]
    public async Task ASecondRunLeavesTheSecretUnchanged()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        Assert.True(BedTasks.Create(bed, new FakeBuildEngine()).Execute());
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Equal("Unchanged", Assert.Single(task.Secrets).GetMetadata("Action"));
    }

    [Fact]
    public async Task FallsBackToTheKubeconfigContextNamespace()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.Namespaces = [];

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Equal("ns1", Assert.Single(task.Secrets).GetMetadata("Namespace"));
    }

    [Fact]
    public async Task ClientDryRunWritesNothing()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.DryRun = "client";

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Equal("true", Assert.Single(task.Secrets).GetMetadata("DryRun"));
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method is "POST" or "PUT" or "PATCH");
    }

    [Fact]
    public async Task ReportsARegistryWithoutLoginWithItsCodeAndHelpLink()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.Registries = ["ghcr.io"];

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.RegistryNotFound, error.Code);
        Assert.Equal(ErrorCodes.HelpLink(ErrorCodes.RegistryNotFound), error.HelpLink);
        Assert.Null(bed.Server.GetSecret("ns1", "app-pull"));
    }

    [Fact]
    public async Task ReportsAMissingNamespacePerNamespace()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.Namespaces = ["ns1", "absent"];

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        Assert.Equal(ErrorCodes.NamespaceNotFound, Assert.Single(engine.Errors).Code);
        Assert.Equal("ns1", Assert.Single(task.Secrets).GetMetadata("Namespace"));
    }

    [Theory]
    [InlineData("sometimes", null)]
    [InlineData(null, "pull;push")]
    public async Task RejectsBadDryRunAndForValuesWithPsec0007(string? dryRun, string? @for)
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.DryRun = dryRun;
        task.For = @for;

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        Assert.Equal(ErrorCodes.InvalidOption, Assert.Single(engine.Errors).Code);
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task PassesCoreWarningsOnWithTheirCodeAndHelpLink()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.Type = "Opaque";
        task.LinkTo = [];

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(ErrorCodes.OpaqueWarning, warning.Code);
        Assert.Equal(ErrorCodes.HelpLink(ErrorCodes.OpaqueWarning), warning.HelpLink);
        Assert.Equal("Opaque", Assert.Single(task.Secrets).GetMetadata("Type"));
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = BedTasks.Create(bed, engine);
        task.Cancel();

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        Assert.Equal(ErrorCodes.Cancelled, Assert.Single(engine.Errors).Code);
        Assert.Null(bed.Server.GetSecret("ns1", "app-pull"));
    }
}
