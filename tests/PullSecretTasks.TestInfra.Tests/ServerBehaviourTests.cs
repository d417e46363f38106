using System.Net;
using System.Text.Json.Nodes;
using PullSecretTasks.TestInfra.KubeApi;
using static PullSecretTasks.TestInfra.Tests.KubeHttp;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>Authentication, discovery and the fault-injection hooks.</summary>
public sealed class ServerBehaviourTests : S0ServerTests
{
    [Fact]
    public async Task V54_a_plain_text_429_carries_Retry_After()
    {
        Server.Faults.Add(new Fault { PathContains = "/secrets", StatusCode = 429, RetryAfterSeconds = 1, PlainText429 = true });

        var (code, body, response) = await PostAsync(Client, SecretsPath, Secret("pull", "Opaque", "a", "b"));

        Assert.Equal(HttpStatusCode.TooManyRequests, code);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Too many requests, please try again later.\n", body["text"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task A_503_fault_is_a_Status_with_retryAfterSeconds_and_applies_only_its_number_of_times()
    {
        Server.Faults.Add(new Fault { Method = "GET", StatusCode = 503, RetryAfterSeconds = 2, Times = 1 });

        var (first, status, _) = await SendAsync(Client, HttpMethod.Get, BuilderPath);
        var (second, _, _) = await SendAsync(Client, HttpMethod.Get, BuilderPath);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (first, second));
        Assert.Equal("ServiceUnavailable", status["reason"]!.GetValue<string>());
        Assert.Equal(2, status["details"]!["retryAfterSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task ConflictNextUpdate_answers_one_PUT_with_a_Conflict()
    {
        Server.ConflictNextUpdate("/serviceaccounts/builder");
        var sa = Server.GetServiceAccount("ns1", "builder")!.ToJsonString();

        var (first, status, _) = await PutAsync(Client, BuilderPath, sa);
        var (second, _, _) = await PutAsync(Client, BuilderPath, sa);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.OK), (first, second));
        Assert.StartsWith("Operation cannot be fulfilled on serviceaccounts \"builder\"", Message(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_client_and_a_delay_slows_it()
    {
        Server.Faults.Add(new Fault { Method = "DELETE", DropConnection = true });
        Server.Faults.Add(new Fault { Method = "GET", Delay = TimeSpan.FromMilliseconds(300) });

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(Client, HttpMethod.Delete, SecretsPath + "/existing"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, _) = await SendAsync(Client, HttpMethod.Get, SecretsPath + "/existing");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), watch.Elapsed.ToString());
        Assert.NotNull(Server.GetSecret("ns1", "existing"));
    }

    [Fact]
    public async Task V56_V57_discovery_is_aggregated_or_legacy_as_Accept_asks()
    {
        using var aggregated = new HttpRequestMessage(HttpMethod.Get, "/api");
        aggregated.Headers.TryAddWithoutValidation("Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json");
        var response = await Client.SendAsync(aggregated, TestContext.Current.CancellationToken);
        var (legacyCode, legacy, _) = await SendAsync(Client, HttpMethod.Get, "/api");
        var (_, resources, _) = await SendAsync(Client, HttpMethod.Get, "/api/v1");

        Assert.Equal("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("\"serviceaccounts\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "APIVersions"), (legacyCode, legacy["kind"]!.GetValue<string>()));
        Assert.Equal(["namespaces", "secrets", "serviceaccounts"], resources["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task V58_V61_namespaces_and_version_are_served_and_unknown_paths_are_404()
    {
        var (ns, namespaceBody, _) = await SendAsync(Client, HttpMethod.Get, "/api/v1/namespaces/ns1");
        var (_, version, _) = await SendAsync(Client, HttpMethod.Get, "/version?timeout=5s");
        var (missing, status, _) = await SendAsync(Client, HttpMethod.Get, "/apis/apps/v1/deployments");

        Assert.Equal((HttpStatusCode.OK, "Namespace"), (ns, namespaceBody["kind"]!.GetValue<string>()));
        Assert.Equal(("30", "v1.30.0"), (version["minor"]!.GetValue<string>(), version["gitVersion"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("the server could not find the requested resource", Message(status));
    }

    [Fact]
    public async Task V55_a_wrong_or_missing_token_is_Unauthorized_but_version_stays_open()
    {
        await using var secured = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "t0k" });
        secured.SeedNamespace("ns1");
        using var good = secured.CreateHttpClient();
        using var bad = secured.CreateHttpClient(token: "nope");

        var (ok, _, _) = await SendAsync(good, HttpMethod.Get, "/api/v1/namespaces/ns1/secrets");
        var (denied, status, _) = await SendAsync(bad, HttpMethod.Get, "/api/v1/namespaces/ns1/secrets");
        var (version, _, _) = await SendAsync(bad, HttpMethod.Get, "/version");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (ok, denied, version));
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""", Compact(status));
    }

    [Fact]
    public async Task The_OpenShift_seed_lists_the_dockercfg_secret_in_both_lists()
    {
        var project = Server.SeedOpenShiftNamespace("proj");

        Assert.Matches("^builder-dockercfg-[a-z0-9]{5}$", project.BuilderDockercfg);
        Assert.Equal([project.BuilderDockercfg], Server.SecretNames("proj", "builder"));
        Assert.Equal([project.BuilderDockercfg], Server.ImagePullSecretNames("proj", "builder"));
        Assert.Equal([project.DeployerDockercfg], Server.ImagePullSecretNames("proj", "deployer"));
        Assert.Empty(Server.ImagePullSecretNames("proj", "default"));
        Assert.Equal("kubernetes.io/dockercfg", Server.GetSecret("proj", project.BuilderDockercfg)!["type"]!.GetValue<string>());
        var (code, list, _) = await SendAsync(Client, HttpMethod.Get, "/api/v1/namespaces/proj/serviceaccounts");
        Assert.Equal((HttpStatusCode.OK, "ServiceAccountList", 3), (code, list["kind"]!.GetValue<string>(), list["items"]!.AsArray().Count));
    }

    [Fact]
    public async Task The_request_log_is_written_as_JSON_lines()
    {
        await SendAsync(Client, HttpMethod.Get, BuilderPath);
        await SendAsync(Client, HttpMethod.Get, "/nowhere");
        var path = Path.Combine(Path.GetTempPath(), $"psec-log-{Guid.NewGuid():N}.jsonl");

        Server.WriteRequestLog(path);

        var lines = File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!).ToList();
        File.Delete(path);
        Assert.Equal([(1L, 200), (2L, 404)], lines.Select(l => (l["seq"]!.GetValue<long>(), l["status"]!.GetValue<int>())));
        Assert.Equal(BuilderPath, lines[0]["path"]!.GetValue<string>());
    }
}
