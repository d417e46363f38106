using System.Net;
using System.Text.Json;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

public sealed class CreateFromLoginTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    [Theory]
    [MemberData(nameof(LoginSource.All), MemberType = typeof(LoginSource))]
    public async Task CreatedSecretHoldsCredentialsThatAuthenticateAgainstTheRegistry(string source)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(source, components, dir);
        var ct = TestContext.Current.CancellationToken;

        // act
        var result = await PullSecretCli.RunAsync(login.Environment, "create", "s1", "--registry", login.Registry.Host, "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        var entry = PrintedSecret.Entry(result.StandardOutput, login.Registry.Host);
        Assert.Equal(login.Registry.User, entry.Username);
        Assert.Equal(Canary.Base64($"{entry.Username}:{entry.Password}"), entry.Auth);
        Assert.Equal(HttpStatusCode.OK, await login.Registry.GetV2Async(entry.Username, entry.Password, ct));
        Assert.Equal(HttpStatusCode.Unauthorized, await login.Registry.GetV2Async(null, null, ct));
    }

    [Fact]
    public async Task JsonOutputIsAKubectlStyleSecretWithOnlyTheRequestedRegistry()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(LoginSource.DockerAuths, components, dir);

        // act
        var result = await PullSecretCli.RunAsync(login.Environment, "create", "s1", "--registry", login.Registry.Host, "-n", "ns1", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        using var secret = JsonDocument.Parse(result.StandardOutput);
        var root = secret.RootElement;
        Assert.Equal("Secret", root.GetProperty("kind").GetString());
        Assert.Equal("v1", root.GetProperty("apiVersion").GetString());
        Assert.Equal("s1", root.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("ns1", root.GetProperty("metadata").GetProperty("namespace").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("metadata").GetProperty("creationTimestamp").ValueKind);
        Assert.Equal("pullsecret", root.GetProperty("metadata").GetProperty("labels").GetProperty("app.kubernetes.io/managed-by").GetString());
        Assert.Equal("kubernetes.io/dockerconfigjson", root.GetProperty("type").GetString());
        using var config = JsonDocument.Parse(PrintedSecret.DecodedData(result.StandardOutput));
        var registries = config.RootElement.GetProperty("auths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([login.Registry.Host], registries);
    }
}
