using NSubstitute;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed partial class CredentialResolverTests
{
    [Fact]
    public void AsksTheCredsStoreHelperForAnEmptyEntry_B1()
    {
        // arrange
        var path = DockerConfig("""{"auths":{"registry.example.com":{}},"credsStore":"desktop"}""");
        HelperAnswers("desktop", "registry.example.com", Creds("u", "s"));

        // act
        var credential = Resolve("registry.example.com");

        // assert
        Assert.Equal(("u", "s"), (credential.Username, credential.Password));
        Assert.Equal($"{path} (credsStore:desktop)", credential.Source.ToString());
        helper.Received(1).Get("desktop", "registry.example.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public void IgnoresInlineCredentialsWhenTheHelperHasNone_B2()
    {
        // arrange
        DockerConfig($$$$"""{"auths":{"r.example.com":{"auth":"{{{{UserPass}}}}"}},"credsStore":"desktop"}""");
        HelperAnswers("desktop", "r.example.com", NotFound);

        // act
        var ex = Fails("r.example.com");

        // assert: not found, and the message names the helper that had nothing (PSEC1011).
        Assert.Equal(ErrorCodes.HelperNotFound, ex.Code);
        Assert.Contains("credsStore:desktop", ex.Message, StringComparison.Ordinal);
        Assert.Contains("r.example.com", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ErrorCodes.HelperMissing)] // B3
    [InlineData(ErrorCodes.HelperFailed)] // B4
    [InlineData(ErrorCodes.HelperTimeout)]
    [InlineData(ErrorCodes.HelperBadOutput)]
    public void ReportsAHelperFailureForTheRequestedRegistry_B3_B4(string code)
    {
        // arrange
        DockerConfig($$$$"""{"auths":{"r.example.com":{"auth":"{{{{UserPass}}}}"}},"credsStore":"desktop"}""");
        HelperThrows("desktop", "r.example.com", code);

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public void RefusesAnIdentityTokenFromAHelper_B5()
    {
        // arrange
        DockerConfig("""{"auths":{"example.com:5002":{}},"credsStore":"desktop"}""");
        HelperAnswers("desktop", "example.com:5002", new HelperAnswer(HelperAnswerKind.IdentityToken, "", "abcd1234"));

        // act
        var ex = Fails("https://example.com:5002");

        // assert
        Assert.Equal(ErrorCodes.TokenOnly, ex.Code);
        Assert.DoesNotContain("abcd1234", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefersCredHelpersOverCredsStoreOverTheFile_B7()
    {
        // arrange
        const string ecr = "123.dkr.ecr.us-east-1.amazonaws.com";
        DockerConfig($$$$"""{"auths":{"{{{{ecr}}}}":{"auth":"{{{{UserPass}}}}"}},"credsStore":"desktop","credHelpers":{"{{{{ecr}}}}":"ecr-login"}}""");
        HelperAnswers("ecr-login", ecr, Creds("AWS", "token"));

        // act
        var credential = Resolve(ecr);

        // assert
        Assert.Equal(("AWS", CredentialKind.CredHelper), (credential.Username, credential.Source.Kind));
        helper.DidNotReceive().Get("desktop", Arg.Any<string>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void EnumeratesOnlyWhatTheCredsStoreHas_B8()
    {
        // arrange
        DockerConfig($$$$"""{"auths":{"a.example.com":{"auth":"{{{{UserPass}}}}"},"b.example.com":{}},"credsStore":"desktop"}""");
        helper.List("desktop", Arg.Any<CancellationToken>()).Returns(new Dictionary<string, string> { ["b.example.com"] = "u" });
        HelperAnswers("desktop", "a.example.com", NotFound);
        HelperAnswers("desktop", "b.example.com", Creds("u", "s"));

        // act
        var all = Resolver().ResolveAll(Ct);

        // assert
        var only = Assert.Single(all);
        Assert.Equal(("b.example.com", "u", "s"), (only.Registry.SecretKey, only.Username, only.Password));
        helper.Received(1).Get("desktop", "b.example.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public void SkipsAFailingHelperWithAWarningWhenEnumerating_B9()
    {
        // arrange
        DockerConfig("""{"credHelpers":{"ok.example.com":"h1","bad.example.com":"h2"}}""");
        HelperAnswers("h1", "ok.example.com", Creds("u", "s"));
        HelperThrows("h2", "bad.example.com", ErrorCodes.HelperFailed);

        // act
        var all = Resolver().ResolveAll(Ct);

        // assert
        Assert.Equal("ok.example.com", Assert.Single(all).Registry.SecretKey);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(ErrorCodes.EntrySkipped, warning.Code);
        Assert.Contains("bad.example.com", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker.io")]
    [InlineData("index.docker.io")]
    [InlineData("registry-1.docker.io")]
    [InlineData("https://index.docker.io/v1/")]
    public void AsksHelpersForDockerHubByItsV1Url_B10(string alias)
    {
        // arrange
        DockerConfig("""{"credsStore":"desktop"}""");
        HelperAnswers("desktop", RegistryName.DockerHubKey, Creds("d", "q"));

        // act
        var credential = Resolve(alias);

        // assert
        Assert.Equal(RegistryName.DockerHubKey, credential.Registry.SecretKey);
        helper.Received(1).Get("desktop", RegistryName.DockerHubKey, Arg.Any<CancellationToken>());
    }

    [Fact]
    public void AsksEachHelperOnceForDockerHubAliasesAndRepeatedFiles()
    {
        // arrange: two files name the same helper; the first has nothing.
        temp.WriteFile("run/containers/auth.json", """{"credHelpers":{"docker.io":"desktop"}}""");
        DockerConfig("""{"credsStore":"desktop"}""");
        HelperAnswers("desktop", RegistryName.DockerHubKey, NotFound);
        var resolver = Resolver();

        // act
        var ex = Assert.Throws<PullSecretException>(() => resolver.Resolve(["docker.io", "index.docker.io", "registry-1.docker.io"], Ct));
        var reports = resolver.Inspect(["docker.io"], Ct);

        // assert
        Assert.Equal(ErrorCodes.HelperNotFound, ex.Code);
        Assert.Equal(ErrorCodes.HelperNotFound, Assert.Single(reports).ErrorCode);
        helper.Received(1).Get("desktop", RegistryName.DockerHubKey, Arg.Any<CancellationToken>());
    }

    [Fact]
    public void AsksTheHelperOnceWhenAKeyIsBothListedAndInAuths()
    {
        // arrange
        DockerConfig("""{"auths":{"b.example.com":{}},"credsStore":"desktop"}""");
        helper.List("desktop", Arg.Any<CancellationToken>()).Returns(new Dictionary<string, string> { ["b.example.com"] = "u" });
        HelperAnswers("desktop", "b.example.com", Creds("u", "s"));
        var resolver = Resolver();

        // act
        resolver.ResolveAll(Ct);
        resolver.Resolve(["b.example.com"], Ct);

        // assert
        helper.Received(1).Get("desktop", "b.example.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public void AsksHelpersForTheHostOfANamespacedRegistry()
    {
        // arrange
        DockerConfig("""{"credHelpers":{"quay.io":"quay"}}""");
        HelperAnswers("quay", "quay.io", Creds("u", "s"));

        // act
        var credential = Resolve("quay.io/org/app");

        // assert
        Assert.Equal("u", credential.Username);
        helper.Received(1).Get("quay", "quay.io", Arg.Any<CancellationToken>());
    }

    [Fact]
    public void TakesTheEmailFromTheFileEntryBesideAHelperCredential()
    {
        // arrange
        DockerConfig("""{"auths":{"r.example.com":{"email":"me@example.com"}},"credsStore":"desktop"}""");
        HelperAnswers("desktop", "r.example.com", Creds("u", "s"));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal("me@example.com", credential.Email);
    }

    [Fact]
    public void RejectsAHelperAnswerWithAnEmptyUserName()
    {
        // arrange
        DockerConfig("""{"credsStore":"desktop"}""");
        HelperAnswers("desktop", "r.example.com", Creds("", "s"));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.EmptyUserName, ex.Code);
    }
}
