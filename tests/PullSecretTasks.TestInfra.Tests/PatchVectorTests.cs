using System.Net;
using PullSecretTasks.TestInfra.KubeApi;
using static PullSecretTasks.TestInfra.Tests.KubeHttp;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>The three patch types and their list semantics (apimachinery strategicpatch, RFC 7386, RFC 6902).</summary>
public sealed class PatchVectorTests : S0ServerTests
{
    private const string Smp = "application/strategic-merge-patch+json";
    private const string Merge = "application/merge-patch+json";
    private const string JsonPatchType = "application/json-patch+json";

    [Fact]
    public async Task V36_a_strategic_merge_patch_replaces_the_atomic_imagePullSecrets()
    {
        var (code, _, _) = await PatchAsync(Client, BuilderPath + "?fieldManager=kubectl-patch", """{"imagePullSecrets":[{"name":"pull"}]}""", Smp);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(["pull"], Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal(["builder-dockercfg-abcde"], Server.SecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task V37_a_strategic_merge_patch_merges_secrets_with_new_items_first()
    {
        await PatchAsync(Client, BuilderPath, """{"secrets":[{"name":"pull"}]}""", Smp);

        Assert.Equal(["pull", "builder-dockercfg-abcde"], Server.SecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task V38_the_delete_directive_removes_a_secret_reference()
    {
        await PatchAsync(Client, BuilderPath, """{"secrets":[{"$patch":"delete","name":"builder-dockercfg-abcde"}]}""", Smp);

        Assert.Empty(Server.SecretNames("ns1", "builder"));
    }

    [Theory]
    [InlineData("""{"secrets":[{"name":"new"},{"name":"new"},{"name":"b"}]}""", new[] { "new", "d", "b" })]
    [InlineData("""{"secrets":[{"$patch":"replace"},{"name":"only"}]}""", new[] { "only" })]
    [InlineData("""{"$setElementOrder/secrets":[{"name":"b"},{"name":"new"},{"name":"d"}],"secrets":[{"name":"new"}]}""", new[] { "b", "new", "d" })]
    public async Task The_list_directives_of_section_4_3_order_and_replace_secrets(string patch, string[] expected)
    {
        Server.SeedServiceAccount("ns1", "sa", ["d", "b"], ["d"]);

        var (code, _, _) = await PatchAsync(Client, "/api/v1/namespaces/ns1/serviceaccounts/sa", patch, Smp);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(expected, Server.SecretNames("ns1", "sa"));
    }

    [Fact]
    public async Task A_secrets_item_without_the_merge_key_is_a_500_without_reason()
    {
        var (code, status, _) = await PatchAsync(Client, BuilderPath, """{"secrets":[{"namespace":"x"}]}""", Smp);

        Assert.Equal(HttpStatusCode.InternalServerError, code);
        Assert.Equal("map: map[namespace:x] does not contain declared merge key: name", Message(status));
        Assert.Null(status["reason"]);
    }

    [Fact]
    public async Task V39_a_patch_carrying_a_stale_resourceVersion_is_a_Conflict()
    {
        var (code, status, _) = await PatchAsync(Client, BuilderPath, """{"metadata":{"resourceVersion":"99"},"imagePullSecrets":[]}""", Smp);

        Assert.Equal(HttpStatusCode.Conflict, code);
        Assert.Equal("Conflict", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task V40_a_patch_equal_to_the_current_state_keeps_the_resourceVersion()
    {
        var (code, sa, _) = await PatchAsync(Client, BuilderPath, """{"imagePullSecrets":[{"name":"builder-dockercfg-abcde"}]}""", Smp);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("100", sa["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task V41_a_merge_patch_replaces_secrets()
    {
        await PatchAsync(Client, BuilderPath, """{"secrets":[{"name":"pull"}]}""", Merge);

        Assert.Equal(["pull"], Server.SecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task V42_a_json_patch_add_appends()
    {
        var (code, _, _) = await PatchAsync(Client, BuilderPath, """[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"pull"}}]""", JsonPatchType);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(["builder-dockercfg-abcde", "pull"], Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Theory]
    [InlineData("default", """[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"pull"}}]""")]
    [InlineData("builder", """[{"op":"test","path":"/metadata/resourceVersion","value":"99"},{"op":"add","path":"/imagePullSecrets/-","value":{"name":"pull"}}]""")]
    public async Task V43_V44_a_failing_json_patch_is_the_generic_422(string sa, string patch)
    {
        var (code, status, _) = await PatchAsync(Client, $"/api/v1/namespaces/ns1/serviceaccounts/{sa}", patch, JsonPatchType);

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server rejected our request due to an error in our request","reason":"Invalid","details":{},"code":422}""", Compact(status));
    }

    [Fact]
    public async Task A_json_patch_test_on_the_current_resourceVersion_succeeds()
    {
        var patch = """[{"op":"test","path":"/metadata/resourceVersion","value":"100"},{"op":"add","path":"/imagePullSecrets/-","value":{"name":"pull"}}]""";

        var (code, _, _) = await PatchAsync(Client, BuilderPath, patch, JsonPatchType);

        Assert.Equal(HttpStatusCode.OK, code);
    }

    [Fact]
    public async Task V45_V47_an_unsupported_content_type_is_415_and_force_is_forbidden_outside_apply()
    {
        var (media, _, _) = await PatchAsync(Client, BuilderPath, "{}", "text/plain");
        var (force, status, _) = await PatchAsync(Client, BuilderPath + "?force=true", "{}", Smp);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, media);
        Assert.Equal((HttpStatusCode)422, force);
        Assert.Equal("PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch", Message(status));
    }

    [Fact]
    public async Task A_merge_patch_on_secret_data_deletes_one_key_with_null()
    {
        Server.SeedSecret("ns1", "two", data: new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        await PatchAsync(Client, SecretsPath + "/two", """{"data":{"a":null}}""", Merge);

        Assert.Equal("""{"b":"Mg=="}""", Server.GetSecret("ns1", "two")!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task A_patch_is_validated_like_an_update()
    {
        var (code, status, _) = await PatchAsync(Client, SecretsPath + "/frozen", """{"data":{"a":"Yg=="}}""", Smp);

        Assert.Equal((HttpStatusCode)422, code);
        Assert.Equal("Secret \"frozen\" is invalid: data: Forbidden: field is immutable when `immutable` is set", Message(status));
    }
}
