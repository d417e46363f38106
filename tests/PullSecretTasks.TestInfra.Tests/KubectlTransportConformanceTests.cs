using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>Real kubectl against the fake's authentication and TLS modes, and the 403 of a forbidden verb.</summary>
public sealed class KubectlTransportConformanceTests
{
    // client-go sends credentials only over TLS (clientcmd DirectClientConfig), so token tests use HTTPS.
    private static readonly FakeKubeApiServerOptions Secured = new() { Https = true, BearerToken = "s3cret" };

    [Fact]
    public async Task Kubectl_works_with_the_bearer_token_and_a_wrong_token_is_Unauthorized()
    {
        await using var server = await FakeKubeApiServer.StartAsync(Secured);
        server.SeedNamespace("ns1");
        using var good = new KubectlSession(server, "ns1");
        using var bad = new KubectlSession(server, "ns1", token: "wrong");

        var ok = await good.RunAsync("create", "secret", "generic", "s1", "--from-literal=a=b");
        var denied = await bad.RunAsync("create", "secret", "generic", "s2", "--from-literal=a=b");

        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal(1, denied.ExitCode);
        Assert.Equal("error: failed to create secret Unauthorized", denied.StdErr.Trim());
        Assert.Null(server.GetSecret("ns1", "s2"));
    }

    [Fact]
    public async Task Kubectl_get_with_a_wrong_token_prints_the_login_message()
    {
        await using var server = await FakeKubeApiServer.StartAsync(Secured);
        server.SeedNamespace("ns1");
        using var bad = new KubectlSession(server, "ns1", token: "wrong");

        var denied = await bad.RunAsync("get", "secrets");

        Assert.Equal(1, denied.ExitCode);
        // Discovery fails first; client-go words the 401 of a discovery document generically.
        Assert.Contains("error: You must be logged in to the server (", denied.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_trusts_the_generated_CA_over_HTTPS()
    {
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true });
        server.SeedOpenShiftNamespace("ns1");
        using var kubectl = new KubectlSession(server, "ns1");

        var result = await kubectl.RunAsync("patch", "sa", "builder", "-p", """{"secrets":[{"name":"x"}]}""");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("https", server.Uri.Scheme);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", server.CaCertificatePem, StringComparison.Ordinal);
        Assert.Equal("x", server.SecretNames("ns1", "builder")[0]);
    }

    [Fact]
    public async Task Kubectl_shows_the_RBAC_message_of_a_forbidden_update()
    {
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { UserName = "system:serviceaccount:ci:deployer" });
        server.SeedOpenShiftNamespace("ns1");
        server.ForbidVerb("patch", "serviceaccounts");
        using var kubectl = new KubectlSession(server, "ns1");

        var result = await kubectl.RunAsync("patch", "sa", "builder", "-p", """{"secrets":[{"name":"x"}]}""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "Error from server (Forbidden): serviceaccounts \"builder\" is forbidden: User \"system:serviceaccount:ci:deployer\" cannot patch resource \"serviceaccounts\" in API group \"\" in the namespace \"ns1\"",
            result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_uses_the_namespace_of_the_chosen_context()
    {
        await using var server = await FakeKubeApiServer.StartAsync();
        server.SeedNamespace("a");
        server.SeedNamespace("b");
        var dir = Path.Combine(Path.GetTempPath(), "psec-ctx-" + Guid.NewGuid().ToString("N")[..8]);
        var kubeconfig = KubeconfigWriter.Write(server, dir, [new("ctx-a", "a"), new("ctx-b", "b")], "ctx-a");
        try
        {
            var result = await Kubectl.RunAsync(Kubectl.Path,
                ["--kubeconfig", kubeconfig, "--cache-dir", Path.Combine(dir, "cache"), "--context", "ctx-b", "create", "secret", "generic", "s", "--from-literal=a=b"]);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.NotNull(server.GetSecret("b", "s"));
            Assert.Null(server.GetSecret("a", "s"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
