using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

public sealed class ReadDockerLoginTests
{
    [Fact]
    public async Task ReportsEachRegistryWithoutItsSecret()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var task = new ReadDockerLogin { BuildEngine = engine, DockerConfig = bed.DockerConfig };

        // act
        var ok = task.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        var login = Assert.Single(task.Logins);
        Assert.Equal(FakeClusterBed.Registry, login.ItemSpec);
        Assert.Equal("testuser", login.GetMetadata("UserName"));
        Assert.Equal("true", login.GetMetadata("Usable"));
        Assert.Equal("", login.GetMetadata("ErrorCode"));
        Assert.Contains("config.json", login.GetMetadata("Source"));
        foreach (var name in login.MetadataNames.Cast<string>())
        {
            bed.AssertNoLeak(login.GetMetadata(name), $"metadata {name}");
        }
        bed.AssertNoLeak(engine.AllText, "the task log");
    }

    [Fact]
    public async Task WarnsAboutARegistryWithoutLoginAndFailsWhenAsked()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var warn = new ReadDockerLogin { BuildEngine = engine, DockerConfig = bed.DockerConfig, Registries = ["ghcr.io"] };
        var fail = new ReadDockerLogin { BuildEngine = engine, DockerConfig = bed.DockerConfig, Registries = ["ghcr.io"], FailIfUnusable = true };

        // act
        var warned = warn.Execute();
        var failed = fail.Execute();

        // assert
        Assert.True(warned);
        Assert.Equal("false", Assert.Single(warn.Logins).GetMetadata("Usable"));
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.Single(engine.Warnings).Code);
        Assert.False(failed);
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void ReportsAMissingConfigFileWithItsCode()
    {
        // arrange
        var engine = new FakeBuildEngine();
        var task = new ReadDockerLogin { BuildEngine = engine, DockerConfig = "/nonexistent/config.json" };

        // act
        var ok = task.Execute();

        // assert
        Assert.False(ok);
        Assert.Equal(ErrorCodes.AuthFileNotFound, Assert.Single(engine.Errors).Code);
    }
}
