using PullSecretTasks.Registry;

namespace PullSecretTasks.Core.Tests.Registry;

public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("ghcr.io/org/app:1.0", "ghcr.io", "org/app", "1.0")]
    [InlineData("127.0.0.1:5000/app", "127.0.0.1:5000", "app", "latest")]
    [InlineData("localhost/team/app:dev", "localhost", "team/app", "dev")]
    [InlineData("alpine", "docker.io", "library/alpine", "latest")]
    [InlineData("bitnami/redis:7", "docker.io", "bitnami/redis", "7")]
    [InlineData("quay.io/org/app@sha256:abc", "quay.io", "org/app", "sha256:abc")]
    public void ReferencesAreReadAsDockerReadsThem(string text, string host, string repository, string reference)
    {
        // act
        var image = ImageReference.Parse(text);

        // assert
        Assert.Equal((host, repository, reference), (image.Registry.Host, image.Repository, image.Reference));
        Assert.Equal($"repository:{repository}:pull", image.PullScope);
    }

    [Theory]
    [InlineData("ghcr.io/Org/App")]
    [InlineData("ghcr.io/")]
    [InlineData("ghcr.io//app")]
    [InlineData("ghcr.io/app:")]
    public void AnythingElseIsPsec0007NamingTheImage(string text)
    {
        // act
        var error = Assert.Throws<PullSecretException>(() => ImageReference.Parse(text));

        // assert
        Assert.Equal(ErrorCodes.InvalidOption, error.Code);
        Assert.Contains($"\"{text}\" is not an image reference", error.Message, StringComparison.Ordinal);
        Assert.Equal([global::PullSecretTasks.Options.Setting.Image], error.Settings);
    }
}
