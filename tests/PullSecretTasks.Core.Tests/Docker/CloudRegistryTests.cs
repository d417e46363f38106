using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed class CloudRegistryTests
{
    [Theory]
    [InlineData("myreg.azurecr.io", "Azure")]
    [InlineData("myreg.azurecr.cn", "Azure")]
    [InlineData("myreg.azurecr.us", "Azure")]
    [InlineData("azurecr.io.example.com", "Other")]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "Ecr")]
    [InlineData("123456789012.dkr.ecr-fips.us-east-1.amazonaws.com", "Ecr")]
    [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", "Ecr")]
    [InlineData("12345.dkr.ecr.eu-west-1.amazonaws.com", "Other")]
    [InlineData("gcr.io", "Google")]
    [InlineData("eu.gcr.io", "Google")]
    [InlineData("europe-west1-docker.pkg.dev", "Google")]
    [InlineData("ghcr.io", "GitHub")]
    [InlineData("icr.io", "Ibm")]
    [InlineData("de.icr.io", "Ibm")]
    [InlineData("quay.io", "Other")]
    [InlineData("myreg.azurecr.io:443", "Azure")]
    public void RecognisesTheCloudRegistriesByHost(string host, string kind)
    {
        // arrange
        var registry = RegistryName.TryParse(host)!;

        // act / assert
        Assert.Equal(kind, CloudRegistry.Of(registry).ToString());
    }
}
