using System.Text.Json;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Registry;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Registry;

/// <summary>
/// --verify and --delegated-auth against a real Distribution registry with token auth whose realm is on another
/// loopback host, logged in with the real docker CLI.
/// </summary>
public sealed class VerifyTests(TokenRegistryFixture token) : IClassFixture<TokenRegistryFixture>
{
    [Fact]
    public async Task VerifyAcceptsAGoodLoginAndSuggestsDelegatedAuthForTheRealmOnAnotherHost()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var env = TokenRegistryFixture.With(dir, token.ReaderConfig);
        var before = token.Rig.Issuer.Requests.Count;

        // act
        var result = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--verify", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([token.Host], AuthKeys(result.StandardOutput));
        Assert.Contains($"warning PSEC1107: Registry {token.Host} sends token requests to {token.Rig.RealmHost}", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("(--delegated-auth).", result.StandardError, StringComparison.Ordinal);
        Assert.Equal([$"POST {TokenAuthRegistry.Reader}"], token.Rig.Issuer.Requests.Skip(before));
        token.Canary.AssertAbsent(result.StandardError, "stderr");
    }

    [Fact]
    public async Task VerifyRefusesAWrongPasswordNamingRegistryAndUserAndWritesNothingToTheCluster()
    {
        // arrange
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync();
        server.SeedOpenShiftNamespace("ns1");
        var env = TokenRegistryFixture.With(dir, token.WrongPasswordConfig(dir)) with
        {
            Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") },
        };
        server.ClearRequests();

        // act
        var result = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--link", "builder", "--verify");

        // assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error PSEC1016: Registry {token.Host} refuses user {TokenAuthRegistry.Reader}", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Nothing was written to the cluster.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");
        Assert.Null(server.SecretDataString("ns1", "s1", ".dockerconfigjson"));
    }

    [Fact]
    public async Task VerifyWithAnImageRefusesAUserWhoAuthenticatesButMayNotPull()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var env = TokenRegistryFixture.With(dir, token.NoAccessConfig);

        // act
        var accepted = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--verify", "--dry-run", "client");
        var denied = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--verify", "--image", $"{token.Host}/team/app:1.0", "--dry-run", "client");

        // assert
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Equal(1, denied.ExitCode);
        Assert.Contains($"error PSEC1018: Registry {token.Host} accepts user {TokenAuthRegistry.NoAccess}", denied.StandardError, StringComparison.Ordinal);
        Assert.Contains($"pull access to {token.Host}/team/app:1.0", denied.StandardError, StringComparison.Ordinal);
        token.Canary.AssertAbsent(denied.ToString(), "output");
    }

    [Fact]
    public async Task VerifyOfAnUnreachableRegistryIsACodedErrorThatSaysHowToSkipTheCheck()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var closed = $"127.0.0.1:{FreePort.Next()}";
        var config = dir.CreateDirectory("docker");
        new AuthFileWriter().Login(closed, TokenAuthRegistry.Reader, "not-the-password").WriteTo(Path.Combine(config, "config.json"));

        // act
        var result = await PullSecretCli.RunAsync(TokenRegistryFixture.With(dir, config), "create", "s1", "--registry", closed, "--verify", "--dry-run", "client");

        // assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error PSEC1017: Could not reach registry {closed}: http://{closed}/v2/: the connection failed.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("or leave out the check (--verify).", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyWhenTheTokenRealmIsDownIsACodedErrorNotACrash()
    {
        // arrange: a registry of its own whose token server is stopped after start-up
        using var dir = TestDirectory.Create();
        await using var rig = await TokenAuthRegistry.StartAsync(dir.CreateDirectory("rig"), "p", TestContext.Current.CancellationToken);
        await rig.Issuer.DisposeAsync();
        var config = dir.CreateDirectory("docker");
        new AuthFileWriter().Login(rig.Registry.Host, TokenAuthRegistry.Reader, "p").WriteTo(Path.Combine(config, "config.json"));

        // act
        var result = await PullSecretCli.RunAsync(TokenRegistryFixture.With(dir, config), "create", "s1", "--registry", rig.Registry.Host, "--verify", "--dry-run", "client");

        // assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error PSEC1017: Could not reach registry {rig.Registry.Host}: a request of the check failed: the connection failed.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("PSEC9999", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DelegatedAuthAddsTheRealmHostWhoseCredentialsAuthenticateThroughTheTokenFlow()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var env = TokenRegistryFixture.With(dir, token.ReaderConfig);
        var ct = TestContext.Current.CancellationToken;

        // act
        var result = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--delegated-auth", "--verify", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([token.Host, token.Rig.RealmHost], AuthKeys(result.StandardOutput));
        Assert.Equal(PrintedSecret.Entry(result.StandardOutput, token.Host), PrintedSecret.Entry(result.StandardOutput, token.Rig.RealmHost));
        Assert.Contains($"Registry {token.Host} sends token requests to {token.Rig.RealmHost}: the secret holds {token.Rig.RealmHost} too", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("PSEC1107", result.StandardError, StringComparison.Ordinal);
        token.Canary.AssertAbsent(result.StandardError, "stderr");
        // The secret's own .dockerconfigjson, given to skopeo as its auth file, pushes and then reads an image through
        // the registry's token flow (realm on 127.0.0.2).
        var authFile = Path.Combine(dir.Path, "secret.json");
        await File.WriteAllTextAsync(authFile, PrintedSecret.DecodedData(result.StandardOutput), ct);
        var layout = OciLayout.Write(dir.CreateDirectory("oci"), "1.0");
        var skopeo = Prerequisites.Require("skopeo", "apt-get install skopeo");
        var push = await ProcessRunner.RunAsync(skopeo, ["copy", "--dest-authfile", authFile, "--dest-tls-verify=false", $"oci:{layout}:1.0", $"docker://{token.Host}/team/app:1.0"], cancellationToken: ct);
        var inspect = await ProcessRunner.RunAsync(skopeo, ["inspect", "--authfile", authFile, "--tls-verify=false", $"docker://{token.Host}/team/app:1.0"], cancellationToken: ct);
        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.Contains("\"Architecture\": \"amd64\"", inspect.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARealmThatRefusesThePostedFormIsAskedWithGetAndBasicAuthAsContainerdDoes()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var env = TokenRegistryFixture.With(dir, token.ReaderConfig);
        token.Rig.Issuer.AcceptsPost = false;

        // act
        ProcessResult result;
        try
        {
            result = await PullSecretCli.RunAsync(env, "create", "s1", "--registry", token.Host, "--verify", "--image", $"{token.Host}/team/not-pushed:1", "--dry-run", "client");
        }
        finally
        {
            token.Rig.Issuer.AcceptsPost = true;
        }

        // assert: a 404 for the manifest means the user may read the repository, which is all a pull secret needs.
        Assert.True(result.ExitCode == 0, result.ToString());
        var requests = token.Rig.Issuer.Requests;
        Assert.Equal(["POST refused", $"GET {TokenAuthRegistry.Reader}"], requests.Skip(requests.Count - 2));
    }

    [Fact]
    public async Task DelegatedAuthKeepsTheLoginOutputsOwnEntryForTheRealmHost()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var config = dir.CreateDirectory("docker");
        File.Copy(Path.Combine(token.ReaderConfig, "config.json"), Path.Combine(config, "config.json"));
        AuthFileWriter.AddLogin(Path.Combine(config, "config.json"), token.Rig.RealmHost, "sso-user", "sso-password");

        // act
        var result = await PullSecretCli.RunAsync(TokenRegistryFixture.With(dir, config), "create", "s1", "--registry", token.Host, "--delegated-auth", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("sso-user", PrintedSecret.Entry(result.StandardOutput, token.Rig.RealmHost).Username);
        Assert.Equal(TokenAuthRegistry.Reader, PrintedSecret.Entry(result.StandardOutput, token.Host).Username);
        Assert.Contains($"the secret holds {token.Rig.RealmHost} too, from {Path.Combine(config, "config.json")} (auths)", result.StandardError, StringComparison.Ordinal);
    }

    private static List<string> AuthKeys(string secretJson)
    {
        using var config = JsonDocument.Parse(PrintedSecret.DecodedData(secretJson));
        return config.RootElement.GetProperty("auths").EnumerateObject().Select(p => p.Name).ToList();
    }
}
