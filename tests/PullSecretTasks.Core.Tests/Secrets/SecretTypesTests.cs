using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Secrets;

public sealed class SecretTypesTests
{
    [Theory]
    [InlineData(null, SecretTypes.DockerConfigJson)]
    [InlineData("", SecretTypes.DockerConfigJson)]
    [InlineData("dockerconfigjson", SecretTypes.DockerConfigJson)]
    [InlineData("Kubernetes.io/DockerConfigJson", SecretTypes.DockerConfigJson)]
    [InlineData("dockercfg", SecretTypes.DockerCfg)]
    [InlineData(" kubernetes.io/dockercfg ", SecretTypes.DockerCfg)]
    [InlineData("opaque", SecretTypes.Opaque)]
    [InlineData("kubernetes.io/basic-auth", null)]
    public void NormalisesTheUsersSpelling(string? text, string? type)
    {
        // arrange / act
        var normalised = SecretTypes.Normalize(text);

        // assert
        Assert.Equal(type, normalised);
    }

    [Theory]
    [InlineData(SecretTypes.DockerConfigJson, ".dockerconfigjson")]
    [InlineData(SecretTypes.Opaque, ".dockerconfigjson")]
    [InlineData(SecretTypes.DockerCfg, ".dockercfg")]
    public void NamesTheDataKeyForEachType(string type, string key)
    {
        // arrange / act
        var dataKey = SecretTypes.DataKey(type);

        // assert
        Assert.Equal(key, dataKey);
    }
}
