using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.TestInfra.Beds;

namespace Cake.PullSecretTasks.Tests;

public class ReadDockerLoginTests
{
    [Fact]
    public async Task ReturnsTheRegistriesFoundWithSourceAndUserButNeverTheSecret()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        var all = context.ReadDockerLogin();
        var named = context.ReadDockerLogin(s => s.WithDockerConfig("docker").WithRegistry(FakeClusterBed.Registry, "ghcr.io"));

        // assert
        var found = Assert.Single(all);
        Assert.Equal(FakeClusterBed.Registry, found.Registry);
        Assert.Equal(FakeCakeContext.User, found.UserName);
        Assert.True(found.Usable);
        Assert.Contains(bed.DockerConfigFile, found.Source, StringComparison.Ordinal);
        Assert.Equal(2, named.Count);
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.Single(named, r => !r.Usable).ErrorCode);
        bed.AssertNoLeak(string.Join("\n", all.Concat(named)) + log.Text, "The reports and the log");
    }
}
