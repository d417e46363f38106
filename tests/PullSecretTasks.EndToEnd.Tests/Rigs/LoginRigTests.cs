using System.Text.Json;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Rigs;

public sealed class LoginRigTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    [Fact]
    public async Task DockerLoginWritesTheBase64AuthIntoConfigJsonNextToThePreSeededEntry()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var registry = components.Http;
        var login = DockerLogin.WithAuths(dir.Combine("docker"));

        // act
        await login.LoginAsync(registry.Host, registry.User, registry.Password, cancellationToken: TestContext.Current.CancellationToken);

        // assert
        using var config = JsonDocument.Parse(login.ReadConfig());
        var auths = config.RootElement.GetProperty("auths");
        Assert.Equal(Canary.Base64($"{registry.User}:{registry.Password}"), auths.GetProperty(registry.Host).GetProperty("auth").GetString());
        Assert.True(auths.TryGetProperty("placeholder.invalid", out _));
        Assert.False(config.RootElement.TryGetProperty("credsStore", out _));
    }

    [Fact]
    public async Task DockerLoginAgainstTheTlsRegistrySucceedsWithoutItsCertificate()
    {
        // arrange: the docker CLI treats loopback registries as insecure (docker/cli registry: loopback is insecure)
        using var dir = TestDirectory.Create();
        var registry = components.Tls;
        var login = DockerLogin.WithAuths(dir.Combine("docker"));

        // act
        await login.LoginAsync(registry.Host, registry.User, registry.Password, cancellationToken: TestContext.Current.CancellationToken);

        // assert
        Assert.Contains(registry.Host, login.ReadConfig(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DockerLoginWithAWrongPasswordFails()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = DockerLogin.WithAuths(dir.Combine("docker"));

        // act
        var result = await login.TryLoginAsync(components.Http.Host, components.Http.User, "wrong", cancellationToken: TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401 Unauthorized", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("credHelpers")]
    [InlineData("credsStore")]
    public async Task DockerLoginThroughPassLeavesNoSecretInConfigJsonAndPutsItIntoPass(string mechanism)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var registry = components.Http;
        var login = mechanism == "credHelpers"
            ? DockerLogin.WithCredHelper(dir.Combine("docker"), registry.Host, "pass")
            : DockerLogin.WithCredsStore(dir.Combine("docker"), "pass");

        // act
        await login.LoginAsync(registry.Host, registry.User, registry.Password, components.Pass.Environment, TestContext.Current.CancellationToken);

        // assert
        Assert.DoesNotContain(Canary.Base64($"{registry.User}:{registry.Password}"), login.ReadConfig(), StringComparison.Ordinal);
        var stored = await components.Pass.GetAsync(registry.Host, TestContext.Current.CancellationToken);
        using var answer = JsonDocument.Parse(stored.EnsureSuccess().StandardOutput);
        Assert.Equal(registry.User, answer.RootElement.GetProperty("Username").GetString());
        Assert.Equal(registry.Password, answer.RootElement.GetProperty("Secret").GetString());
    }

    [Fact]
    public async Task SkopeoLoginWritesAnAuthJsonWithTheBase64Auth()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var registry = components.Http;
        var authFile = dir.Combine("containers", "auth.json");

        // act
        await SkopeoLogin.LoginAsync(authFile, registry.Host, registry.User, registry.Password, TestContext.Current.CancellationToken);

        // assert
        using var auth = JsonDocument.Parse(await File.ReadAllTextAsync(authFile, TestContext.Current.CancellationToken));
        Assert.Equal(
            Canary.Base64($"{registry.User}:{registry.Password}"),
            auth.RootElement.GetProperty("auths").GetProperty(registry.Host).GetProperty("auth").GetString());
    }

    [Fact]
    public async Task PodmanLoginWritesAnAuthJsonWithTheBase64Auth()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var registry = components.Http;
        var authFile = dir.Combine("podman-auth.json");

        // act
        await PodmanLogin.LoginAsync(dir.Path, authFile, registry.Host, registry.User, registry.Password, TestContext.Current.CancellationToken);

        // assert
        using var auth = JsonDocument.Parse(await File.ReadAllTextAsync(authFile, TestContext.Current.CancellationToken));
        Assert.Equal(
            Canary.Base64($"{registry.User}:{registry.Password}"),
            auth.RootElement.GetProperty("auths").GetProperty(registry.Host).GetProperty("auth").GetString());
    }

    [Fact]
    public void APrerequisiteThatIsMissingFailsNamingThePackageToInstall()
    {
        // act
        var missing = Assert.Throws<PrerequisiteMissingException>(
            () => Prerequisites.Require("pullsecret-no-such-program", "apt-get install pullsecret-no-such-package"));

        // assert
        Assert.Contains("apt-get install pullsecret-no-such-package", missing.Message, StringComparison.Ordinal);
    }
}
