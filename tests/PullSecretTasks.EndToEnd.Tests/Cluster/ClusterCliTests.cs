using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Cluster;

/// <summary>The pullsecret process against the fake API server, with real logins into the loopback registry.</summary>
public sealed class ClusterCliTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    private const string Token = "e2e-token";

    [Fact]
    public async Task DockerLoginThenCreateWithLinkStoresCredentialsThatAuthenticateAndARerunWritesNothing()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(LoginSource.DockerAuths, components, dir);
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        var openshift = server.SeedOpenShiftNamespace("ns1");
        var env = login.Environment with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") } };
        var ct = TestContext.Current.CancellationToken;

        // act
        var first = await PullSecretCli.RunAsync(env, "create", "pull", "--registry", login.Registry.Host, "--link", "builder");
        server.ClearRequests();
        var second = await PullSecretCli.RunAsync(env, "create", "pull", "--registry", login.Registry.Host, "--link", "builder");

        // assert
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("secret/pull created\nserviceaccount/builder linked\n", first.StandardOutput);
        Assert.Equal("secret/pull unchanged\nserviceaccount/builder unchanged\n", second.StandardOutput);
        Assert.DoesNotContain(server.Requests, r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");
        Assert.Equal([openshift.BuilderDockercfg, "pull"], server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal([openshift.BuilderDockercfg, "pull"], server.SecretNames("ns1", "builder"));
        var data = server.SecretDataString("ns1", "pull", ".dockerconfigjson")!;
        var entry = JsonNode.Parse(data)!["auths"]![login.Registry.Host]!;
        var (user, password) = ((string)entry["username"]!, (string)entry["password"]!);
        Assert.Equal(HttpStatusCode.OK, await login.Registry.GetV2Async(user, password, ct));
    }

    [Fact]
    public async Task TwentyFourConcurrentLinkProcessesLoseNoLinkAndDuplicateNone()
    {
        // arrange
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        var openshift = server.SeedOpenShiftNamespace("ns1");
        var names = Enumerable.Range(1, 24).Select(i => $"pull-{i:00}").ToList();
        foreach (var name in names)
        {
            server.SeedSecret("ns1", name, "kubernetes.io/dockerconfigjson", new Dictionary<string, string> { [".dockerconfigjson"] = "{\"auths\":{}}" });
        }
        var env = CliEnvironment.Empty(dir) with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") } };

        // act
        var runs = await Task.WhenAll(names.Select(n =>
            PullSecretCli.RunAsync(env, "link", "builder", n, "--for", "pull,mount", "--timeout", "50s")));

        // assert
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var pull = server.ImagePullSecretNames("ns1", "builder");
        var mount = server.SecretNames("ns1", "builder");
        Assert.Equal([openshift.BuilderDockercfg, .. names], pull.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(pull.Count, pull.Distinct().Count());
        Assert.Equal(pull.Order(StringComparer.Ordinal), mount.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task SeveralNamespacesPrintOneLinePerObjectWithItsNamespace()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(LoginSource.DockerAuths, components, dir);
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        server.SeedOpenShiftNamespace("b-ns");
        server.SeedOpenShiftNamespace("a-ns");
        var env = login.Environment with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "default") } };

        // act
        var result = await PullSecretCli.RunAsync(env, "create", "pull", "--registry", login.Registry.Host, "-n", "b-ns", "-n", "a-ns", "--link", "builder", "--dry-run", "server");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "b-ns: secret/pull created (server dry run)\nb-ns: serviceaccount/builder linked (server dry run)\n"
            + "a-ns: secret/pull created (server dry run)\na-ns: serviceaccount/builder linked (server dry run)\n",
            result.StandardOutput);
        Assert.Null(server.GetSecret("a-ns", "pull"));
    }

    [Fact]
    public async Task AFailureAfterTheSecretWasCreatedSaysWhatWasDoneAndExitsOne()
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(LoginSource.DockerAuths, components, dir);
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        server.SeedOpenShiftNamespace("ns1");
        server.ForbidVerb("update", "serviceaccounts");
        var env = login.Environment with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") } };

        // act
        var result = await PullSecretCli.RunAsync(env, "create", "pull", "--registry", login.Registry.Host, "--link", "builder");

        // assert
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error PSEC2007: In namespace ns1: secret/pull created; linking serviceaccount/builder failed:", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(login.Registry.Password, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(login.Registry.Password)), result.StandardError, StringComparison.Ordinal);
    }
}
