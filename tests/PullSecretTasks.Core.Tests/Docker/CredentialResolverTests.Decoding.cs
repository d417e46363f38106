using PullSecretTasks.Docker;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed partial class CredentialResolverTests
{
    [Fact]
    public void ReadsUserAndPasswordFromAuth_A1()
    {
        // arrange
        var path = DockerConfig(Auths("registry.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var credential = Resolve("registry.example.com");

        // assert
        Assert.Equal(("user", "pass"), (credential.Username, credential.Password));
        Assert.Equal(new CredentialSource(CredentialKind.Auths, path, "registry.example.com", null), credential.Source);
        Assert.Null(credential.Email);
    }

    [Fact]
    public void SplitsAuthAtTheFirstColon_A2()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"auth":"Ym9iOnBAc3M6dzByZA=="}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("bob", "p@ss:w0rd"), (credential.Username, credential.Password));
    }

    [Fact]
    public void AcceptsPlaintextUsernameAndPassword_A3()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"username":"u","password":"p"}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("u", "p"), (credential.Username, credential.Password));
    }

    [Fact]
    public void PrefersAuthOverPlaintextFieldsAndKeepsTheEmail_A4()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"username":"foo","password":"bar","auth":"cGluZzpwb25n","email":"foo@example.com"}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("ping", "pong", "foo@example.com"), (credential.Username, credential.Password, credential.Email));
    }

    [Theory]
    [InlineData("cGFudHM=")] // A5: no colon
    [InlineData("pants")] // A8: not base64
    public void RejectsAnAuthThatIsNotBase64OfUserColonPassword_A5_A8(string auth)
    {
        // arrange
        var path = DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{auth}}}}"}"""));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.AuthValueInvalid, ex.Code);
        Assert.Contains("\"r.example.com\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(auth, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEmptyUserName_A6()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"auth":"OnBhc3M="}"""));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.EmptyUserName, ex.Code);
        Assert.DoesNotContain("pass", ex.Message.Replace("password", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsUnpaddedAuthAndReencodesItWithPadding_A7()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"auth":"Zm9vOmJhcg"}"""));

        // act
        var credential = Resolve("r.example.com");
        var json = System.Text.Encoding.UTF8.GetString(DockerConfigJson.Build([credential]));

        // assert
        Assert.Equal(("foo", "bar"), (credential.Username, credential.Password));
        Assert.Contains("\"auth\":\"Zm9vOmJhcg==\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TrimsNulBytesFromThePassword_A9()
    {
        // arrange
        DockerConfig(Auths("r.example.com", """{"auth":"dXNlcjpwYXNzAAA="}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal("pass", credential.Password);
    }

    [Theory]
    [InlineData("""{"auth":"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==","identitytoken":"some very long identity token"}""")] // A10
    [InlineData("""{"identitytoken":"tok"}""")] // A11
    [InlineData("""{"registrytoken":"tok"}""")]
    public void RefusesAnEntryThatHoldsOnlyAToken_A10_A11(string entry)
    {
        // arrange
        DockerConfig(Auths("r.example.com", entry));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.TokenOnly, ex.Code);
        Assert.DoesNotContain("tok", ex.Message.Replace("token", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"auth":""}""")]
    [InlineData("{}")]
    public void TreatsAnEmptyEntryWithoutHelperAsNotFound_A12(string entry)
    {
        // arrange
        DockerConfig(Auths("r.example.com", entry));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
    }

    [Fact]
    public void MatchesPropertyNamesCaseInsensitively_A13()
    {
        // arrange
        DockerConfig($$$$"""{"Auths":{"r.example.com":{"AUTH":"{{{{UserPass}}}}"}},"CredHelpers":{}}""");

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("user", "pass"), (credential.Username, credential.Password));
    }

    [Fact]
    public void LetsTheLastOfTwoDuplicateKeysWinWithAWarning()
    {
        // arrange
        DockerConfig("""{"auths":{"r.example.com":{"auth":"Zm9vOmJhcg=="},"r.example.com":{"auth":"cGluZzpwb25n"}}}""");

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("ping", "pong"), (credential.Username, credential.Password));
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(ErrorCodes.DuplicateKey, warning.Code);
        Assert.Contains("r.example.com", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsNamespacedPodmanKeysByLongestPathPrefix()
    {
        // arrange
        temp.WriteFile("home/.config/containers/auth.json",
            """{"auths":{"quay.io/org/repo":{"auth":"Zm9vOmJhcg=="},"quay.io":{"auth":"dXNlcjpwYXNz"}}}""");

        // act
        var repo = Resolve("quay.io/org/repo");
        var host = Resolve("quay.io");

        // assert
        Assert.Equal(("foo", "quay.io/org/repo"), (repo.Username, repo.Registry.SecretKey));
        Assert.Equal(("user", "quay.io"), (host.Username, host.Registry.SecretKey));
    }
}
