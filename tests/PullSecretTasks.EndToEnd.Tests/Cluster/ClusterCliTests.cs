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
    public async Task SixtyFourConcurrentLinkProcessesLoseNoLinkDuplicateNoneAndKeepTheOtherEntries()
    {
        // arrange: every read of the account is slowed down, so the processes overlap between their GET and PUT
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        var openshift = server.SeedOpenShiftNamespace("ns1");
        server.Faults.Add(new Fault { Method = "GET", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromMilliseconds(40), Times = null });
        var names = Enumerable.Range(1, 64).Select(i => $"pull-{i:00}").ToList();
        foreach (var name in names)
        {
            server.SeedSecret("ns1", name, "kubernetes.io/dockerconfigjson", new Dictionary<string, string> { [".dockerconfigjson"] = "{\"auths\":{}}" });
        }
        var env = CliEnvironment.Empty(dir) with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") } };

        // act
        var runs = await Task.WhenAll(names.Select(n =>
            PullSecretCli.RunAsync(env, "link", "builder", n, "--for", "pull,mount", "--timeout", "55s")));

        // assert
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var pull = server.ImagePullSecretNames("ns1", "builder");
        var mount = server.SecretNames("ns1", "builder");
        Assert.Equal([openshift.BuilderDockercfg, .. names], pull.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(pull.Count, pull.Distinct().Count());
        Assert.Equal(pull.Order(StringComparer.Ordinal), mount.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Method == "PATCH");
        Assert.Contains(server.Requests, r => r.Method == "PUT" && r.Path.Contains("/serviceaccounts/builder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SixteenConcurrentCreatesOfOneSecretWithDifferentPasswordsEndInOneConsistentSecret()
    {
        // arrange: sixteen logins to one registry, each with its own password
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
        server.SeedOpenShiftNamespace("ns1");
        var kubeconfig = KubeconfigWriter.Write(server, dir.Path, "ns1");
        var logins = Enumerable.Range(1, 16).Select(i =>
        {
            var config = dir.CreateDirectory($"docker-{i:00}");
            new TestInfra.Secrets.AuthFileWriter().Login("registry.example.com", "u", $"password-{i:00}").WriteTo(Path.Combine(config, "config.json"));
            return CliEnvironment.Empty(dir) with { DockerConfig = config, Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = kubeconfig } };
        }).ToList();

        // act
        var runs = await Task.WhenAll(logins.Select(env =>
            PullSecretCli.RunAsync(env, "create", "pull", "--registry", "registry.example.com", "--link", "builder", "--timeout", "55s")));

        // assert: each run succeeded or failed with a coded error, and the secret is exactly one run's
        Assert.All(runs, r => Assert.True(r.ExitCode == 0 || (r.ExitCode == 1 && r.StandardError.StartsWith("error PSEC2", StringComparison.Ordinal)), r.ToString()));
        Assert.Contains(runs, r => r.ExitCode == 0);
        var data = JsonNode.Parse(server.SecretDataString("ns1", "pull", ".dockerconfigjson")!)!["auths"]!["registry.example.com"]!;
        var password = (string)data["password"]!;
        Assert.Matches("^password-(0[1-9]|1[0-6])$", password);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"u:{password}")), (string)data["auth"]!);
        Assert.Equal(1, server.ImagePullSecretNames("ns1", "builder").Count(n => n == "pull"));
        Assert.Equal(1, server.SecretNames("ns1", "builder").Count(n => n == "pull"));
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
