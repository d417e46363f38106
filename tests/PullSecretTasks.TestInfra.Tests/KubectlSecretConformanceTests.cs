using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>Real kubectl (through the machine's version dispatcher, which picks 1.30 and JSON) creating secrets in the fake.</summary>
public sealed class KubectlSecretConformanceTests : IAsyncLifetime
{
    private const string DockerConfig = """{"auths":{"quay.io":{"auth":"dTpw"}}}""";
    private FakeKubeApiServer server = null!;
    private KubectlSession kubectl = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FakeKubeApiServer.StartAsync();
        server.SeedFixtureS0();
        kubectl = new KubectlSession(server, "ns1");
    }

    public async ValueTask DisposeAsync()
    {
        kubectl.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Kubectl_create_secret_generic_from_a_dockerconfigjson_file_is_stored_as_sent()
    {
        var file = kubectl.WriteFile("config.json", DockerConfig);

        var result = await kubectl.RunAsync("create", "secret", "generic", "s1", $"--from-file=.dockerconfigjson={file}", "--type=kubernetes.io/dockerconfigjson");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("secret/s1 created", result.StdOut.Trim());
        Assert.Equal(DockerConfig, server.SecretDataString("ns1", "s1", ".dockerconfigjson"));
        Assert.Equal("kubectl-create", server.GetSecret("ns1", "s1")!["metadata"]!["managedFields"]![0]!["manager"]!.GetValue<string>());
        var post = Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.StartsWith("kubectl/v1.30", post.UserAgent, StringComparison.Ordinal);
        Assert.Equal(("kubectl-create", "Strict"), (post.QueryValue("fieldManager"), post.QueryValue("fieldValidation")));
        Assert.False(post.BodyWasProtobuf);
    }

    [Fact]
    public async Task Kubectl_create_secret_docker_registry_builds_the_auths_document()
    {
        var result = await kubectl.RunAsync("create", "secret", "docker-registry", "s2", "--docker-server=quay.io",
            "--docker-username=u", "--docker-password=p", "--docker-email=e@x.io");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("""{"auths":{"quay.io":{"username":"u","password":"p","email":"e@x.io","auth":"dTpw"}}}""", server.SecretDataString("ns1", "s2", ".dockerconfigjson"));
        Assert.Equal("kubernetes.io/dockerconfigjson", server.GetSecret("ns1", "s2")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Kubectl_reports_AlreadyExists_on_a_repeated_create()
    {
        string[] args = ["create", "secret", "generic", "s1", "--from-literal=a=b"];
        await kubectl.RunAsync(args);

        var again = await kubectl.RunAsync(args);

        Assert.Equal(1, again.ExitCode);
        Assert.Equal("error: failed to create secret secrets \"s1\" already exists", again.StdErr.Trim());
    }

    [Fact]
    public async Task Kubectl_reports_the_server_validation_error_for_a_wrong_key()
    {
        var file = kubectl.WriteFile("cfg.json", DockerConfig);

        var result = await kubectl.RunAsync("create", "secret", "generic", "pull", $"--from-file={file}", "--type=kubernetes.io/dockerconfigjson");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Secret \"pull\" is invalid: data[.dockerconfigjson]: Required value", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_create_with_server_dry_run_persists_nothing()
    {
        var result = await kubectl.RunAsync("create", "secret", "generic", "s1", "--from-literal=a=b", "--dry-run=server");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("secret/s1 created (server dry run)", result.StdOut.Trim());
        Assert.Null(server.GetSecret("ns1", "s1"));
        Assert.Equal("All", Assert.Single(server.Requests, r => r.Method == "POST").QueryValue("dryRun"));
    }

    [Fact]
    public async Task Kubectl_1_32_sends_protobuf_which_the_fake_decodes()
    {
        var file = kubectl.WriteFile("config.json", DockerConfig);

        var result = await kubectl.RunWithAsync(Kubectl.Versioned("1.32"),
            ["create", "secret", "generic", "s1", $"--from-file=.dockerconfigjson={file}", "--type=kubernetes.io/dockerconfigjson", "--from-literal=x=y"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var post = Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.True(post.BodyWasProtobuf, post.ContentType);
        Assert.Equal(DockerConfig, server.SecretDataString("ns1", "s1", ".dockerconfigjson"));
        Assert.Equal("y", server.SecretDataString("ns1", "s1", "x"));
        Assert.Equal("kubernetes.io/dockerconfigjson", server.GetSecret("ns1", "s1")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Kubectl_retries_a_429_with_Retry_After()
    {
        var fault = server.Faults.Add(new Fault { Method = "POST", StatusCode = 429, RetryAfterSeconds = 1, PlainText429 = true, Times = 1 });

        var result = await kubectl.RunAsync("create", "secret", "generic", "s1", "--from-literal=a=b");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, fault.Hits);
        Assert.Equal([429, 201], server.Requests.Where(r => r.Method == "POST").Select(r => r.StatusCode));
    }
}
