using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;

namespace Cake.PullSecretTasks.Tests;

public class ReadDockerLoginTests
{
    [Fact]
    public async Task ReturnsTheRegistriesFoundWithSourceAndUserButNeverTheSecret()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();

        // act
        var all = bed.Context.ReadDockerLogin();
        var named = bed.Context.ReadDockerLogin(s => s.WithDockerConfig("docker").WithRegistry(AddinBed.Registry, "ghcr.io"));

        // assert
        var found = Assert.Single(all);
        Assert.Equal(AddinBed.Registry, found.Registry);
        Assert.Equal(AddinBed.User, found.UserName);
        Assert.True(found.Usable);
        Assert.Contains(bed.DockerConfig, found.Source, StringComparison.Ordinal);
        Assert.Equal(2, named.Count);
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.Single(named, r => !r.Usable).ErrorCode);
        bed.AssertNoLeak(string.Join("\n", all.Concat(named)) + bed.Log.Text);
    }
}
