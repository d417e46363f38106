using NSubstitute;
using PullSecretTasks.Docker;
using PullSecretTasks.Results;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed partial class CredentialResolverTests
{
    [Fact]
    public void ListsTheRegistriesThatHaveCredentialsWhenOneIsMissing()
    {
        // arrange
        var path = DockerConfig($$$$"""{"auths":{"a.example.com":{"auth":"{{{{UserPass}}}}"},"empty.example.com":{}}}""");

        // act
        var ex = Fails("b.example.com");

        // assert
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
        Assert.Contains("b.example.com", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Registries with credentials: a.example.com.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotListTheMissingRegistryAsHavingCredentials()
    {
        // arrange
        DockerConfig(Auths("r.example.com", "{}"));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Contains("Registries with credentials: none.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsARegistryNameThatCannotBeParsed()
    {
        // arrange
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var ex = Fails("not a registry");

        // assert
        Assert.Equal(ErrorCodes.InvalidRegistry, ex.Code);
    }

    [Fact]
    public void SkipsUnusableEntriesWithWarningsWhenEnumerating()
    {
        // arrange
        DockerConfig($$$$"""{"auths":{"ok.example.com":{"auth":"{{{{UserPass}}}}"},"token.example.com":{"identitytoken":"t"},"bad.example.com":{"auth":"pants"},"empty.example.com":{}}}""");

        // act
        var all = Resolver().ResolveAll(Ct);

        // assert
        Assert.Equal("ok.example.com", Assert.Single(all).Registry.SecretKey);
        Assert.Equal(
            [(ErrorCodes.EntrySkipped, "bad.example.com"), (ErrorCodes.EntrySkipped, "token.example.com")],
            log.Warnings.Select(w => (w.Code, w.Message.Split(' ', ':')[1])).Order());
        Assert.Contains(log.Warnings, w => w.Message.Contains(ErrorCodes.TokenOnly, StringComparison.Ordinal));
    }

    [Fact]
    public void FailsWhenEnumeratingFindsNothingUsable()
    {
        // arrange
        DockerConfig("""{"auths":{"token.example.com":{"identitytoken":"t"},"empty.example.com":{}}}""");

        // act
        var ex = Assert.Throws<PullSecretException>(() => Resolver().ResolveAll(Ct));

        // assert
        Assert.Equal(ErrorCodes.NoUsableRegistries, ex.Code);
        Assert.Equal(ErrorCodes.EntrySkipped, Assert.Single(log.Warnings).Code);
    }

    [Fact]
    public void ReportsNoLoginWhenEnumeratingWithoutFiles()
    {
        // arrange: nothing written.

        // act
        var ex = Assert.Throws<PullSecretException>(() => Resolver().ResolveAll(Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
    }

    [Fact]
    public void WarnsAndGoesOnWhenTheCredsStoreCannotList()
    {
        // arrange
        DockerConfig($$$$"""{"auths":{"a.example.com":{}},"credHelpers":{"b.example.com":"h"},"credsStore":"desktop"}""");
        helper.List("desktop", Arg.Any<CancellationToken>()).Returns(_ => throw new PullSecretException(ErrorCodes.HelperMissing, "no desktop"));
        HelperAnswers("desktop", "a.example.com", NotFound);
        HelperAnswers("h", "b.example.com", Creds("u", "s"));

        // act
        var all = Resolver().ResolveAll(Ct);

        // assert
        Assert.Equal("b.example.com", Assert.Single(all).Registry.SecretKey);
        Assert.Contains(log.Warnings, w => w.Code == ErrorCodes.EntrySkipped && w.Message.Contains(ErrorCodes.HelperMissing, StringComparison.Ordinal));
    }

    [Fact]
    public void InspectsEveryRegistryWithoutPasswords()
    {
        // arrange
        var path = DockerConfig($$$$"""{"auths":{"ok.example.com":{"auth":"{{{{UserPass}}}}"},"token.example.com":{"identitytoken":"t"}}}""");

        // act
        var reports = Resolver().Inspect([], Ct);

        // assert
        Assert.Equal(
            [
                new RegistryReport("ok.example.com", "ok.example.com", $"{path} (auths)", "user", null, null),
                new RegistryReport("token.example.com", "token.example.com", "-", null, ErrorCodes.TokenOnly,
                    reports[1].Problem),
            ],
            reports);
        Assert.True(reports[0].Usable);
        Assert.False(reports[1].Usable);
    }

    [Fact]
    public void InspectsAnAskedRegistryThatIsMissing()
    {
        // arrange
        DockerConfig(Auths("ok.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var report = Assert.Single(Resolver().Inspect(["missing.example.com"], Ct));

        // assert
        Assert.Equal(("missing.example.com", ErrorCodes.RegistryNotFound), (report.Registry, report.ErrorCode));
    }

    [Fact]
    public void InspectReportsNoLoginWithoutFiles()
    {
        // arrange: nothing written.

        // act
        var ex = Assert.Throws<PullSecretException>(() => Resolver().Inspect([], Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
    }
}
