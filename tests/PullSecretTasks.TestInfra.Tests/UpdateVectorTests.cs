using System.Net;
using System.Text.Json.Nodes;
using PullSecretTasks.TestInfra.KubeApi;
using static PullSecretTasks.TestInfra.Tests.KubeHttp;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>PUT, GET and DELETE as kube-apiserver answers them (apiserver registry/store.go, pkg/endpoints/handlers).</summary>
public sealed class UpdateVectorTests : S0ServerTests
{
    [Fact]
    public async Task V23_the_type_of_a_secret_is_immutable()
    {
        await PostAsync(Client, SecretsPath, Secret("pull", "kubernetes.io/dockerconfigjson", ".dockerconfigjson", "{}"));
        var stored = Server.GetSecret("ns1", "pull")!;
        stored["type"] = "Opaque";

        var (code, status, _) = await PutAsync(Client, SecretsPath + "/pull", stored.ToJsonString());

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("Secret \"pull\" is invalid: type: Invalid value: \"Opaque\": field is immutable", Message(status));
    }

    [Fact]
    public async Task V24_V25_an_immutable_secret_keeps_its_data_and_its_flag()
    {
        var changedData = Server.GetSecret("ns1", "frozen")!;
        changedData["data"]!["a"] = B64("b");
        var unfrozen = Server.GetSecret("ns1", "frozen")!;
        unfrozen["immutable"] = false;

        var (code1, status1, _) = await PutAsync(Client, SecretsPath + "/frozen", changedData.ToJsonString());
        var (code2, status2, _) = await PutAsync(Client, SecretsPath + "/frozen", unfrozen.ToJsonString());

        Assert.Equal((HttpStatusCode)422, code1);
        Assert.Equal("""{"reason":"FieldValueForbidden","message":"Forbidden: field is immutable when `immutable` is set","field":"data"}""", Compact(Cause(status1)));
        Assert.Equal((HttpStatusCode)422, code2);
        Assert.Equal("immutable", Cause(status2)["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task V26_an_immutable_secret_may_change_its_labels()
    {
        var frozen = Server.GetSecret("ns1", "frozen")!;
        frozen["metadata"]!["labels"] = new JsonObject { ["team"] = "a" };

        var (code, _, _) = await PutAsync(Client, SecretsPath + "/frozen", frozen.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, code);
    }

    [Fact]
    public async Task V27_V28_get_answers_JSON_without_an_Accept_header_and_NotFound_for_a_missing_account()
    {
        var (code, sa, response) = await SendAsync(Client, HttpMethod.Get, BuilderPath);
        var (missing, status, _) = await SendAsync(Client, HttpMethod.Get, "/api/v1/namespaces/ns1/serviceaccounts/nosuch");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ServiceAccount", sa["kind"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"serviceaccounts \"nosuch\" not found","reason":"NotFound","details":{"name":"nosuch","kind":"serviceaccounts"},"code":404}""", Compact(status));
    }

    [Fact]
    public async Task V29_a_stale_resourceVersion_is_a_Conflict()
    {
        var sa = Server.GetServiceAccount("ns1", "builder")!;
        sa["metadata"]!["resourceVersion"] = "99";

        var (code, status, _) = await PutAsync(Client, BuilderPath, sa.ToJsonString());

        Assert.Equal(HttpStatusCode.Conflict, code);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Operation cannot be fulfilled on serviceaccounts \"builder\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"builder","kind":"serviceaccounts"},"code":409}""", Compact(status));
    }

    [Fact]
    public async Task V30_the_current_resourceVersion_updates_and_bumps_it()
    {
        var sa = Server.GetServiceAccount("ns1", "builder")!;
        Assert.Equal("100", sa["metadata"]!["resourceVersion"]!.GetValue<string>());
        sa["imagePullSecrets"]!.AsArray().Add(new JsonObject { ["name"] = "pull" });

        var (code, updated, _) = await PutAsync(Client, BuilderPath, sa.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.NotEqual("100", updated["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal(["builder-dockercfg-abcde", "pull"], Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task V31_V34_V35_an_unconditional_put_is_allowed_cleans_secret_references_and_keeps_duplicates()
    {
        var body = """{"metadata":{"name":"builder"},"secrets":[{"name":"x","namespace":"ns1","kind":"Secret"}],"imagePullSecrets":[{"name":"a"},{"name":"a"}]}""";

        var (code, _, _) = await PutAsync(Client, BuilderPath, body);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("""[{"name":"x"}]""", Server.GetServiceAccount("ns1", "builder")!["secrets"]!.ToJsonString());
        Assert.Equal(["a", "a"], Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task V32_a_body_name_other_than_the_URL_is_BadRequest()
    {
        var (code, status, _) = await PutAsync(Client, BuilderPath, """{"metadata":{"name":"other"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal("the name of the object (other) does not match the name on the URL (builder)", Message(status));
    }

    [Fact]
    public async Task V33_a_put_never_creates()
    {
        var (code, status, _) = await PutAsync(Client, "/api/v1/namespaces/ns1/serviceaccounts/ghost", """{"metadata":{"name":"ghost"}}""");

        Assert.Equal(HttpStatusCode.NotFound, code);
        Assert.Equal("serviceaccounts \"ghost\" not found", Message(status));
    }

    [Fact]
    public async Task A_put_that_changes_nothing_keeps_the_resourceVersion()
    {
        var sa = Server.GetServiceAccount("ns1", "builder")!;

        var (_, updated, _) = await PutAsync(Client, BuilderPath, sa.ToJsonString());

        Assert.Equal("100", updated["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal("100", Server.ResourceVersion("serviceaccounts", "ns1", "builder"));
    }

    [Fact]
    public async Task V52_V53_delete_answers_a_Success_Status_then_NotFound()
    {
        var uid = Server.GetSecret("ns1", "existing")!["metadata"]!["uid"]!.GetValue<string>();

        var (code, status, _) = await SendAsync(Client, HttpMethod.Delete, SecretsPath + "/existing");
        var (again, missing, _) = await SendAsync(Client, HttpMethod.Delete, SecretsPath + "/existing");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal($$$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"existing","kind":"secrets","uid":"{{{uid}}}"}}""", Compact(status));
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Equal("secrets \"existing\" not found", Message(missing));
    }

    [Fact]
    public async Task A_dry_run_put_and_delete_change_nothing()
    {
        var sa = Server.GetServiceAccount("ns1", "builder")!;
        sa["imagePullSecrets"] = new JsonArray();

        var (put, _, _) = await PutAsync(Client, BuilderPath + "?dryRun=All", sa.ToJsonString());
        var (delete, _, _) = await SendAsync(Client, HttpMethod.Delete, SecretsPath + "/existing?dryRun=All");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (put, delete));
        Assert.Equal(["builder-dockercfg-abcde"], Server.ImagePullSecretNames("ns1", "builder"));
        Assert.NotNull(Server.GetSecret("ns1", "existing"));
    }

    [Fact]
    public async Task Concurrent_puts_with_the_same_resourceVersion_let_exactly_one_win()
    {
        var bodies = Enumerable.Range(0, 24).Select(i =>
        {
            var sa = Server.GetServiceAccount("ns1", "builder")!;
            sa["imagePullSecrets"]!.AsArray().Add(new JsonObject { ["name"] = $"p{i}" });
            return sa.ToJsonString();
        }).ToList();

        var results = await Task.WhenAll(bodies.Select(b => PutAsync(Client, BuilderPath, b)));

        Assert.Equal(1, results.Count(r => r.Code == HttpStatusCode.OK));
        Assert.Equal(23, results.Count(r => r.Code == HttpStatusCode.Conflict));
        Assert.Equal(2, Server.ImagePullSecretNames("ns1", "builder").Count);
    }
}
