using System.Text;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>The kubeconfig fields kubectl honours, each against the fake API server.</summary>
public sealed class KubeconfigFieldsTests
{
    private static async Task<CreateResult> CreateWith(FakeClusterBed bed, string userYaml, string clusterExtra = "", string? server = null)
    {
        var ca = bed.Server.CaCertificatePem is { } pem ? $"\n    certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(pem))}" : "";
        var url = server ?? bed.Server.Uri.ToString().TrimEnd('/');
        var kubeconfig = bed.Directory.WriteFile($"kube-{Guid.NewGuid():N}.yaml", $$"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: c
              cluster:
                server: {{url}}{{ca}}{{clusterExtra}}
            users:
            - name: u
              user:{{userYaml}}
            contexts:
            - name: x
              context: {cluster: c, user: u, namespace: ns1}
            current-context: x

            """);
        return await bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig, Timeout = TimeSpan.FromSeconds(5) });
    }

    private static async Task<PullSecretException> FailureOf(Task<CreateResult> run)
    {
        try
        {
            var result = await run;
            return Assert.Single(result.Failures).Error;
        }
        catch (PullSecretException ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task A_user_without_credentials_is_anonymous_and_sends_no_authorization()
    {
        await using var bed = await BedRuns.StartAsync(new FakeKubeApiServerOptions());

        var result = await CreateWith(bed, " {}");

        Assert.Empty(result.Failures);
        Assert.All(bed.Server.Requests, r => Assert.Null(r.AuthorizationScheme));
    }

    [Fact]
    public async Task A_token_file_is_read_and_trimmed_as_client_go_does()
    {
        await using var bed = await BedRuns.StartAsync(new FakeKubeApiServerOptions { BearerToken = "file-token" });
        var tokenFile = bed.Directory.WriteFile("token", "file-token\n");

        var result = await CreateWith(bed, $"\n    tokenFile: {tokenFile}");

        Assert.Empty(result.Failures);
        Assert.All(bed.Server.Requests, r => Assert.Equal("Bearer", r.AuthorizationScheme));
    }

    [Fact]
    public async Task A_token_with_a_line_break_is_a_coded_error_naming_the_user()
    {
        await using var bed = await BedRuns.StartAsync();

        var error = await FailureOf(CreateWith(bed, "\n    token: \"test-token\\n\""));

        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains("user u's token", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task Tls_server_name_is_the_name_the_certificate_must_carry()
    {
        await using var bed = await BedRuns.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "t" });

        var right = await CreateWith(bed, "\n    token: t", "\n    tls-server-name: localhost");
        var wrong = await FailureOf(CreateWith(bed, "\n    token: t", "\n    tls-server-name: wrong.example"));

        Assert.Empty(right.Failures);
        Assert.Equal(ErrorCodes.Unreachable, wrong.Code);
        Assert.Contains("TLS", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_authority_the_system_trust_applies_and_refuses_the_test_ca()
    {
        await using var bed = await BedRuns.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "t" });
        var url = bed.Server.Uri.ToString().TrimEnd('/');
        var kubeconfig = bed.Directory.WriteFile("no-ca.yaml", $$"""
            apiVersion: v1
            clusters:
            - name: c
              cluster: {server: "{{url}}"}
            users:
            - name: u
              user: {token: t}
            contexts:
            - name: x
              context: {cluster: c, user: u, namespace: ns1}
            current-context: x
            """);

        var error = await FailureOf(bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig, Timeout = TimeSpan.FromSeconds(5) }));

        Assert.Equal(ErrorCodes.Unreachable, error.Code);
        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proxy_url_sends_every_request_through_the_proxy()
    {
        // The server's name does not resolve: only the proxy (the fake server itself, which takes absolute-form
        // request lines) can reach it.
        await using var bed = await BedRuns.StartAsync();
        var server = $"http://api.pullsecret.invalid:{bed.Server.Uri.Port}";

        var result = await CreateWith(bed, "\n    token: test-token", $"\n    proxy-url: {bed.Server.Uri.ToString().TrimEnd('/')}", server);

        Assert.Empty(result.Failures);
        Assert.All(bed.Server.Requests, r => Assert.Equal($"api.pullsecret.invalid:{bed.Server.Uri.Port}", r.Host));
    }

    [Fact]
    public async Task As_impersonates_the_named_user()
    {
        await using var bed = await BedRuns.StartAsync();

        var result = await CreateWith(bed, "\n    token: test-token\n    as: jane");

        Assert.Empty(result.Failures);
        Assert.All(bed.Server.Requests, r => Assert.Equal("jane", r.ImpersonateUser));
    }

    [Theory]
    [InlineData("\n    auth-provider: {name: oidc}", "auth-provider")]
    [InlineData("\n    client-certificate: /nonexistent/client.crt\n    client-key: /nonexistent/client.key", "client-certificate")]
    [InlineData("\n    client-certificate-data: bm90IGEgY2VydA==\n    client-key-data: bm90IGEga2V5", "client-certificate")]
    [InlineData("\n    client-certificate-data: abc-def\n    client-key-data: abc-def", "not base64")]
    public async Task A_user_field_that_cannot_be_used_is_PSEC2001_naming_it(string user, string named)
    {
        await using var bed = await BedRuns.StartAsync();

        var error = await FailureOf(CreateWith(bed, user));

        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Server.Requests);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("not a url")]
    public async Task A_server_that_is_not_http_or_https_is_PSEC2001(string server)
    {
        await using var bed = await BedRuns.StartAsync();

        var error = await FailureOf(CreateWith(bed, "\n    token: t", server: server));

        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains("not an http or https URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    public async Task A_kubeconfig_that_is_a_device_is_refused_before_it_is_read(string path)
    {
        await using var bed = await BedRuns.StartAsync();

        var error = await Assert.ThrowsAsync<PullSecretException>(() => bed.CreateAsync(bed.Create() with { Kubeconfig = path }));

        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_in_kubeconfig_is_refused_instead_of_blocking()
    {
        await using var bed = await BedRuns.StartAsync();
        var fifo = bed.Directory.Combine("fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var context = bed.Context();
        var env = RunnerEnvironment.From(context.Environment.Variables.Where(v => v.Key != "KUBECONFIG").Append(KeyValuePair.Create("KUBECONFIG", fifo)));

        var error = await Assert.ThrowsAsync<PullSecretException>(() =>
            PullSecretRunner.CreateAsync(bed.Create(), new RunnerContext { Environment = env }, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains(fifo, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_dry_run_that_names_its_namespaces_does_not_read_the_kubeconfig()
    {
        await using var bed = await BedRuns.StartAsync();
        var broken = bed.Directory.Combine("broken-kubeconfig");
        File.WriteAllText(broken, "{{ not yaml");
        var env = RunnerEnvironment.From(bed.Context().Environment.Variables.Where(v => v.Key != "KUBECONFIG").Append(KeyValuePair.Create("KUBECONFIG", broken)));

        var result = await PullSecretRunner.CreateAsync(bed.Create() with { Namespaces = ["ns1"], DryRun = Requests.DryRunMode.Client },
            new RunnerContext { Environment = env }, TestContext.Current.CancellationToken);
        var named = await Assert.ThrowsAsync<PullSecretException>(() => PullSecretRunner.CreateAsync(
            bed.Create() with { Namespaces = ["ns1"], DryRun = Requests.DryRunMode.Client, Kubeconfig = broken }, new RunnerContext { Environment = env }, TestContext.Current.CancellationToken));

        Assert.Equal("ns1", Assert.Single(result.Secrets).Secret.Namespace);
        Assert.Equal(ErrorCodes.KubeconfigInvalid, named.Code);
    }
}
