using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed class RegistryNameTests
{
    [Theory]
    [InlineData("docker.io")]
    [InlineData("index.docker.io")]
    [InlineData("registry-1.docker.io")]
    [InlineData("https://index.docker.io/v1/")]
    [InlineData("https://index.docker.io/v1")]
    [InlineData("http://registry-1.docker.io/v2/")]
    [InlineData("Docker.IO")]
    public void NormalisesDockerHubAliasesToTheV1Url(string alias)
    {
        // arrange / act
        var name = RegistryName.TryParse(alias)!;

        // assert
        Assert.True(name.IsDockerHub);
        Assert.Equal(("docker.io", "https://index.docker.io/v1/"), (name.Host, name.SecretKey));
    }

    [Theory]
    [InlineData("registry.example.com", "registry.example.com")]
    [InlineData("Registry.Example.COM:5000", "registry.example.com:5000")]
    [InlineData("https://registry.example.com:5000/v2/", "registry.example.com:5000")]
    [InlineData("http://r.example.com/v1/", "r.example.com")]
    [InlineData("r.example.com/v2", "r.example.com")]
    [InlineData("127.0.0.1:5123", "127.0.0.1:5123")]
    [InlineData("[::1]:5000", "[::1]:5000")]
    [InlineData("quay.io/org/repo", "quay.io/org/repo")]
    [InlineData("quay.io/org/", "quay.io/org")]
    public void NormalisesTheSecretKey(string text, string key)
    {
        // arrange / act
        var name = RegistryName.TryParse(text)!;

        // assert
        Assert.Equal(key, name.SecretKey);
        Assert.False(name.IsDockerHub);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("not a host")]
    [InlineData("host:99999")]
    [InlineData("host:0")]
    [InlineData("host:port")]
    [InlineData("user@host")]
    [InlineData("https://")]
    public void RejectsWhatCannotBeARegistry(string? text)
    {
        // arrange / act
        var name = RegistryName.TryParse(text);

        // assert
        Assert.Null(name);
    }

    [Fact]
    public void KeepsANamespaceOnlyForSchemeLessModernKeys()
    {
        // arrange / act
        var podman = RegistryName.FromAuthKey("quay.io/org", legacy: false)!;
        var url = RegistryName.FromAuthKey("https://quay.io/org", legacy: false)!;
        var legacy = RegistryName.FromAuthKey("quay.io/org", legacy: true)!;

        // assert
        Assert.Equal(("quay.io/org", "quay.io", "quay.io"), (podman.Name, url.Name, legacy.Name));
    }

    [Fact]
    public void KeepsANamespacedDockerHubKeyApartFromDockerHubItself()
    {
        // arrange / act
        var name = RegistryName.TryParse("docker.io/vendor/product")!;

        // assert
        Assert.True(name.IsDockerHub);
        Assert.Equal("docker.io/vendor/product", name.SecretKey);
    }
}
