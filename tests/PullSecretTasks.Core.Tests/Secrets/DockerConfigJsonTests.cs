using System.Text;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Secrets;

/// <summary>The bytes kubectl create secret docker-registry writes (kubectl pkg/cmd/create/create_secret_docker.go).</summary>
public sealed class DockerConfigJsonTests
{
    private static string Build(params PullSecretTasks.Docker.RegistryCredential[] credentials) =>
        Encoding.UTF8.GetString(DockerConfigJson.Build(credentials));

    [Fact]
    public void WritesWhatKubectlWritesForDockerHub_E1()
    {
        // arrange
        var credential = Credentials.For("docker.io", "test-user", "test-password");

        // act
        var json = Build(credential);

        // assert
        Assert.Equal(
            """{"auths":{"https://index.docker.io/v1/":{"username":"test-user","password":"test-password","auth":"dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ="}}}""",
            json);
    }

    [Fact]
    public void PutsTheEmailBeforeAuth_E2()
    {
        // arrange
        var credential = Credentials.For("https://index.docker.io/v1/", "test-user", "test-password", "test-user@example.org");

        // act
        var json = Build(credential);

        // assert
        Assert.Equal(
            """{"auths":{"https://index.docker.io/v1/":{"username":"test-user","password":"test-password","email":"test-user@example.org","auth":"dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ="}}}""",
            json);
    }

    [Fact]
    public void SortsRegistryKeysOrdinally_E16()
    {
        // arrange
        var docker = Credentials.For("docker.io", "d", "q");
        var ghcr = Credentials.For("ghcr.io", "u", "p");

        // act
        var json = Build(docker, ghcr);

        // assert
        Assert.Equal(
            """{"auths":{"ghcr.io":{"username":"u","password":"p","auth":"dTpw"},"https://index.docker.io/v1/":{"username":"d","password":"q","auth":"ZDpx"}}}""",
            json);
    }

    [Fact]
    public void MatchesKubectlByteForByte_E17()
    {
        // arrange
        var credential = Credentials.For("127.0.0.1:5123", "testuser", "testpass", "e2e@example.invalid");

        // act
        var bytes = DockerConfigJson.Build([credential]);

        // assert
        Assert.Equal(
            "eyJhdXRocyI6eyIxMjcuMC4wLjE6NTEyMyI6eyJ1c2VybmFtZSI6InRlc3R1c2VyIiwicGFzc3dvcmQiOiJ0ZXN0cGFzcyIsImVtYWlsIjoiZTJlQGV4YW1wbGUuaW52YWxpZCIsImF1dGgiOiJkR1Z6ZEhWelpYSTZkR1Z6ZEhCaGMzTT0ifX19",
            Convert.ToBase64String(bytes));
    }

    [Fact]
    public void EscapesAsGoAndKeepsPlusAndNonAsciiRaw()
    {
        // arrange
        var credential = Credentials.For("r.example.com", "ü<ser>", "p+ss&wörd\u2028");

        // act
        var json = Build(credential);

        // assert
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("ü<ser>:p+ss&wörd\u2028"));
        Assert.Equal(
            $$$$"""{"auths":{"r.example.com":{"username":"ü\u003cser\u003e","password":"p+ss\u0026wörd\u2028","auth":"{{{{auth}}}}"}}}""",
            json);
        Assert.DoesNotContain("\\u002b", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OmitsAnEmptyPasswordAsKubectlOmitsEmptyFields()
    {
        // arrange
        var credential = Credentials.For("r.example.com", "user", "");

        // act
        var json = Build(credential);

        // assert
        Assert.Equal("""{"auths":{"r.example.com":{"username":"user","auth":"dXNlcjo="}}}""", json);
    }

    [Fact]
    public void WritesTheLegacyFlatMap()
    {
        // arrange
        var credential = Credentials.For("docker.io", "d", "q");

        // act
        var json = Encoding.UTF8.GetString(DockerConfigJson.BuildLegacy([credential]));

        // assert
        Assert.Equal("""{"https://index.docker.io/v1/":{"username":"d","password":"q","auth":"ZDpx"}}""", json);
    }
}
