using System.Text;
using PullSecretTasks.Core.Tests.Docker;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Secrets;

public sealed class SecretBuilderTests
{
    private readonly RecordingLog log = new();

    [Fact]
    public void BuildsOneLabelledDockerConfigJsonSecretPerNamespace()
    {
        // arrange
        var credential = Credentials.For("ghcr.io", "u", "p");

        // act
        var secrets = SecretBuilder.Build("app-pull", SecretTypes.DockerConfigJson, ["ns1", "ns2"], [credential], log);

        // assert
        Assert.Equal([("app-pull", "ns1"), ("app-pull", "ns2")], secrets.Select(s => (s.Name, s.Namespace)));
        Assert.All(secrets, s =>
        {
            Assert.Equal("kubernetes.io/dockerconfigjson", s.Type);
            Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/managed-by"] = "pullsecret" }, s.Labels);
            var (key, value) = Assert.Single(s.Data);
            Assert.Equal(".dockerconfigjson", key);
            Assert.Equal("""{"auths":{"ghcr.io":{"username":"u","password":"p","auth":"dTpw"}}}""", Encoding.UTF8.GetString(value));
        });
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void WarnsThatTheKubeletIgnoresOpaqueSecrets()
    {
        // arrange
        var credential = Credentials.For("ghcr.io", "u", "p");

        // act
        var secret = Assert.Single(SecretBuilder.Build("s", SecretTypes.Opaque, ["ns"], [credential], log));

        // assert
        Assert.Equal(("Opaque", ".dockerconfigjson"), (secret.Type, Assert.Single(secret.Data).Key));
        Assert.Equal(ErrorCodes.OpaqueWarning, Assert.Single(log.Warnings).Code);
    }

    [Fact]
    public void WritesTheFlatMapUnderDockercfgForTheLegacyType()
    {
        // arrange
        var credential = Credentials.For("ghcr.io", "u", "p");

        // act
        var secret = Assert.Single(SecretBuilder.Build("s", SecretTypes.DockerCfg, ["ns"], [credential], log));

        // assert
        var (key, value) = Assert.Single(secret.Data);
        Assert.Equal((".dockercfg", "kubernetes.io/dockercfg"), (key, secret.Type));
        Assert.Equal("""{"ghcr.io":{"username":"u","password":"p","auth":"dTpw"}}""", Encoding.UTF8.GetString(value));
    }

    [Fact]
    public void NeverPrintsDataInToString()
    {
        // arrange
        var credential = Credentials.For("ghcr.io", "u", "canary-pw");

        // act
        var secret = Assert.Single(SecretBuilder.Build("s", SecretTypes.DockerConfigJson, ["ns"], [credential], log));

        // assert
        Assert.Equal("secret/s in ns (kubernetes.io/dockerconfigjson)", secret.ToString());
        Assert.DoesNotContain("canary", credential.ToString(), StringComparison.Ordinal);
    }
}
