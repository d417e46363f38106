using PullSecretTasks.Docker;
using PullSecretTasks.Registry;

namespace PullSecretTasks.Core.Tests.Registry;

public sealed class RegistryEndpointTests
{
    [Theory]
    [InlineData("localhost:5000", true)]
    [InlineData("127.0.0.1:5000", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("[::1]:5000", true)]
    [InlineData("registry.lan:5000", true)]
    [InlineData("other.lan", true)]
    [InlineData("ghcr.io", false)]
    [InlineData("10.0.0.1:5000", false)]
    public void LoopbackAndListedNamesAreInsecureAsDockerTreatsThem(string host, bool insecure)
    {
        // arrange
        var environment = RunnerEnvironment.From(new Dictionary<string, string> { [RegistryEndpoint.SdkInsecureVariable] = "other.lan; bad name" });
        var listed = RegistryEndpoint.InsecureNames(["registry.lan:5000"], environment);

        // act
        var endpoint = RegistryEndpoint.For(RegistryName.TryParse(host)!, listed);

        // assert
        Assert.Equal(insecure, endpoint.Insecure);
        Assert.Equal(insecure ? ["https", "http"] : ["https"], endpoint.Bases.Select(b => b.Scheme));
    }

    [Fact]
    public void DockerHubIsReachedAtRegistry1()
    {
        // act
        var endpoint = RegistryEndpoint.For(RegistryName.TryParse("https://index.docker.io/v1/")!, []);

        // assert
        Assert.Equal("registry-1.docker.io", endpoint.Host);
    }
}
