using System.Text.Json.Nodes;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>Real kubectl patching and replacing service accounts in an OpenShift-seeded fake.</summary>
public sealed class KubectlServiceAccountConformanceTests : IAsyncLifetime
{
    private FakeKubeApiServer server = null!;
    private KubectlSession kubectl = null!;
    private OpenShiftNamespace project = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FakeKubeApiServer.StartAsync();
        project = server.SeedOpenShiftNamespace("ns1");
        kubectl = new KubectlSession(server, "ns1");
    }

    public async ValueTask DisposeAsync()
    {
        kubectl.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Kubectl_patch_of_imagePullSecrets_replaces_the_list_and_drops_the_dockercfg_secret()
    {
        var result = await kubectl.RunAsync("patch", "serviceaccount", "builder", "-p", """{"imagePullSecrets":[{"name":"x"}]}""");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("serviceaccount/builder patched", result.StdOut.Trim());
        Assert.Equal(["x"], server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal([project.BuilderDockercfg], server.SecretNames("ns1", "builder"));
        Assert.Equal("application/strategic-merge-patch+json", Assert.Single(server.Requests, r => r.Method == "PATCH").ContentType);
    }

    [Fact]
    public async Task Kubectl_patch_of_secrets_merges_by_name()
    {
        var result = await kubectl.RunAsync("patch", "serviceaccount", "builder", "-p", """{"secrets":[{"name":"x"}]}""");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["x", project.BuilderDockercfg], server.SecretNames("ns1", "builder"));
        Assert.Equal([project.BuilderDockercfg], server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task Kubectl_json_patch_add_appends_to_imagePullSecrets()
    {
        var result = await kubectl.RunAsync("patch", "sa", "builder", "--type=json", "-p", """[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"x"}}]""");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([project.BuilderDockercfg, "x"], server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task Kubectl_json_patch_failure_prints_the_generic_invalid_message()
    {
        var result = await kubectl.RunAsync("patch", "sa", "default", "--type=json", "-p", """[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"x"}}]""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the server rejected our request due to an error in our request", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_prints_no_change_for_a_repeated_identical_patch()
    {
        string[] args = ["patch", "serviceaccount", "builder", "-p", """{"secrets":[{"name":"s1"}],"imagePullSecrets":[{"name":"s1"}]}"""];
        var first = await kubectl.RunAsync(args);
        var rv = server.ResourceVersion("serviceaccounts", "ns1", "builder");

        var second = await kubectl.RunAsync(args);

        Assert.Equal("serviceaccount/builder patched", first.StdOut.Trim());
        Assert.Equal("serviceaccount/builder patched (no change)", second.StdOut.Trim());
        Assert.Equal(rv, server.ResourceVersion("serviceaccounts", "ns1", "builder"));
    }

    [Fact]
    public async Task Kubectl_replace_with_a_stale_resourceVersion_gets_409()
    {
        var sa = server.GetServiceAccount("ns1", "builder")!;
        sa["metadata"]!["resourceVersion"] = "1";
        sa["imagePullSecrets"] = new JsonArray(new JsonObject { ["name"] = "x" });
        var file = kubectl.WriteFile("sa.json", sa.ToJsonString());

        var result = await kubectl.RunAsync("replace", "-f", file, "--validate=false");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Error from server (Conflict)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Operation cannot be fulfilled on serviceaccounts \"builder\": the object has been modified", result.StdErr, StringComparison.Ordinal);
        Assert.Equal([project.BuilderDockercfg], server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task Kubectl_replace_with_the_current_resourceVersion_succeeds()
    {
        var sa = server.GetServiceAccount("ns1", "builder")!;
        sa["imagePullSecrets"]!.AsArray().Add(new JsonObject { ["name"] = "x" });
        var file = kubectl.WriteFile("sa.json", sa.ToJsonString());

        var result = await kubectl.RunAsync("replace", "-f", file, "--validate=false");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([project.BuilderDockercfg, "x"], server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task Kubectl_get_lists_the_seeded_service_accounts()
    {
        var result = await kubectl.RunAsync("get", "sa", "-o", "name");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["serviceaccount/builder", "serviceaccount/default", "serviceaccount/deployer"], result.StdOut.Trim().Split('\n'));
    }

    [Fact]
    public async Task Kubectl_sees_a_service_account_that_appears_after_a_delay()
    {
        await server.SeedServiceAccountAfter(TimeSpan.FromMilliseconds(50), "ns1", "late");

        var result = await kubectl.RunAsync("get", "sa", "late", "-o", "jsonpath={.metadata.name}");

        Assert.Equal("late", result.StdOut);
    }
}
