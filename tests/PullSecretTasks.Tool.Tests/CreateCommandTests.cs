using System.Text.Json;

namespace PullSecretTasks.Tool.Tests;

/// <summary><c>pullsecret create --dry-run client</c>: what it prints in each output format.</summary>
public sealed class CreateCommandTests : IDisposable
{
    // kubectl create secret docker-registry (kubectl pkg/cmd/create/create_secret_docker.go): its .dockerconfigjson for 127.0.0.1:5123 testuser/testpass/e2e@example.invalid.
    private const string E17 = "eyJhdXRocyI6eyIxMjcuMC4wLjE6NTEyMyI6eyJ1c2VybmFtZSI6InRlc3R1c2VyIiwicGFzc3dvcmQiOiJ0ZXN0cGFzcyIsImVtYWlsIjoiZTJlQGV4YW1wbGUuaW52YWxpZCIsImF1dGgiOiJkR1Z6ZEhWelpYSTZkR1Z6ZEhCaGMzTT0ifX19";

    private readonly CliHarness cli = new();

    public CreateCommandTests()
    {
        cli.Vars["PW"] = "testpass";
        cli.DockerConfig("""{"auths":{"127.0.0.1:5123":{"auth":"dGVzdHVzZXI6dGVzdHBhc3M=","email":"e2e@example.invalid"}}}""");
    }

    public void Dispose() => cli.Dispose();

    private Task<CliRun> Create(params string[] extra) =>
        cli.RunAsync(["create", "s", "--registry", "127.0.0.1:5123", "--dry-run", "client", .. extra]);

    [Fact]
    public async Task PrintsJsonInKubectlsLayout()
    {
        // arrange / act
        var run = await Create("-n", "ns1", "-o", "json");

        // assert
        Assert.Equal((0, ""), (run.Exit, run.Err));
        Assert.Equal(
            $$"""
            {
                "kind": "Secret",
                "apiVersion": "v1",
                "metadata": {
                    "name": "s",
                    "namespace": "ns1",
                    "creationTimestamp": null,
                    "labels": {
                        "app.kubernetes.io/managed-by": "pullsecret"
                    }
                },
                "data": {
                    ".dockerconfigjson": "{{E17}}"
                },
                "type": "kubernetes.io/dockerconfigjson"
            }

            """,
            run.Out);
    }

    [Fact]
    public async Task PrintsTheSameBytesForTypedCredentials_E17()
    {
        // arrange / act
        var run = await cli.RunAsync("create", "s", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser",
            "--docker-password-env", "PW", "--docker-email", "e2e@example.invalid", "--dry-run", "client", "-n", "ns1", "-o", "json");

        // assert
        Assert.Equal(0, run.Exit);
        Assert.Contains($"\".dockerconfigjson\": \"{E17}\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsTheTypedPasswordFromStandardInput()
    {
        // arrange / act
        var run = await cli.RunWithStdinAsync("testpass\n", "create", "s", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser",
            "--docker-password-stdin", "--docker-email", "e2e@example.invalid", "--dry-run", "client", "-n", "ns1", "-o", "yaml");

        // assert
        Assert.Equal(0, run.Exit);
        Assert.Contains($"  .dockerconfigjson: {E17}\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--docker-password-env", "UNSET_PW", "", "PSEC1013")]
    [InlineData("--docker-password-stdin", null, "\n", "PSEC1014")]
    public async Task FailsWithoutATypedPassword(string option, string? value, string stdin, string code)
    {
        // arrange
        string[] args = ["create", "s", "--docker-server", "r.example.com", "--docker-username", "u", option, .. value is null ? [] : new[] { value }, "--dry-run", "client", "-n", "ns"];

        // act
        var run = await cli.RunWithStdinAsync(stdin, args);

        // assert
        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"error {code}: ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintsYamlWithSortedKeys()
    {
        // arrange / act
        var run = await Create("-n", "ns1", "-o", "yaml");

        // assert
        Assert.Equal(
            $"""
            apiVersion: v1
            data:
              .dockerconfigjson: {E17}
            kind: Secret
            metadata:
              creationTimestamp: null
              labels:
                app.kubernetes.io/managed-by: pullsecret
              name: s
              namespace: ns1
            type: kubernetes.io/dockerconfigjson

            """,
            run.Out);
    }

    [Fact]
    public async Task PrintsAV1ListInJsonForSeveralNamespaces()
    {
        // arrange / act
        var run = await Create("-n", "a", "-n", "b", "-o", "json");

        // assert
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(("List", "v1"), (root.GetProperty("kind").GetString(), root.GetProperty("apiVersion").GetString()));
        Assert.Equal(
            [("Secret", "a", E17), ("Secret", "b", E17)],
            root.GetProperty("items").EnumerateArray().Select(i => (
                i.GetProperty("kind").GetString(),
                i.GetProperty("metadata").GetProperty("namespace").GetString(),
                i.GetProperty("data").GetProperty(".dockerconfigjson").GetString())));
        Assert.Contains("\n    \"items\": [\n        {\n            \"kind\": \"Secret\",", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintsAV1ListInYamlForSeveralNamespaces()
    {
        // arrange / act
        var run = await Create("-n", "a", "-n", "b", "-o", "yaml");

        // assert
        Assert.StartsWith("apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n    namespace: a\n  type: kubernetes.io/dockerconfigjson\n- apiVersion: v1\n", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("    namespace: b\n  type: kubernetes.io/dockerconfigjson\nkind: List\nmetadata:\n  resourceVersion: \"\"\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintsOneHumanLinePerNamespacePrefixedWithTheNamespace()
    {
        // arrange / act
        var run = await Create("-n", "a", "-n", "b");

        // assert
        Assert.Equal("a: secret/s created (dry run)\nb: secret/s created (dry run)\n", run.Out);
    }

    [Fact]
    public async Task PrintsNames()
    {
        // arrange / act
        var run = await Create("-n", "a", "-o", "name");

        // assert
        Assert.Equal("secret/s\n", run.Out);
    }

    [Fact]
    public async Task UsesTheKubeconfigContextNamespace()
    {
        // arrange
        var first = cli.Write("kube/one", Kubeconfig("prod", ("dev", "team-dev")));
        var second = cli.Write("kube/two", Kubeconfig("dev", ("prod", "team-prod")));
        cli.Vars["KUBECONFIG"] = $"{first}:{second}";

        // act
        var current = await Create("-o", "yaml");
        var named = await Create("-o", "yaml", "--context", "dev");
        var missing = await Create("--context", "nope");

        // assert
        Assert.Contains("  namespace: team-prod\n", current.Out, StringComparison.Ordinal);
        Assert.Contains("  namespace: team-dev\n", named.Out, StringComparison.Ordinal);
        Assert.Equal(1, missing.Exit);
        Assert.StartsWith("error PSEC2001: ", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsesDefaultWithoutAKubeconfig()
    {
        // arrange / act
        var run = await Create("-o", "yaml");

        // assert
        Assert.Contains("  namespace: default\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opaque", "Opaque", ".dockerconfigjson", "warning PSEC1101: ")]
    [InlineData("dockercfg", "kubernetes.io/dockercfg", ".dockercfg", "")]
    public async Task WritesTheAskedSecretType(string type, string written, string key, string warning)
    {
        // arrange / act
        var run = await Create("-n", "ns", "--type", type, "-o", "yaml");

        // assert
        Assert.Equal(0, run.Exit);
        Assert.Contains($"\ntype: {written}\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"\n  {key}: ", run.Out, StringComparison.Ordinal);
        Assert.StartsWith(warning, run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30s")]
    [InlineData("2m")]
    [InlineData("1m30s")]
    [InlineData("45")]
    public async Task AcceptsDurationsForTimeout(string timeout)
    {
        // arrange / act
        var run = await Create("-n", "ns", "--timeout", timeout);

        // assert
        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public async Task WarnsAndGoesOnWhenAllRegistriesSkipsAnEntry()
    {
        // arrange
        cli.DockerConfig("""{"auths":{"ok.example.com":{"auth":"dXNlcjpwYXNz"},"token.example.com":{"identitytoken":"t"}}}""");

        // act
        var run = await cli.RunAsync("create", "s", "--all-registries", "--dry-run", "client", "-n", "ns", "-o", "name");

        // assert
        Assert.Equal((0, "secret/s\n"), (run.Exit, run.Out));
        Assert.StartsWith("warning PSEC1102: Skipping token.example.com: PSEC1006", run.Err, StringComparison.Ordinal);
    }

    internal static string Kubeconfig(string current, params (string Name, string Namespace)[] contexts) =>
        "apiVersion: v1\nkind: Config\n"
        + $"current-context: {current}\n"
        + "clusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:6443\n"
        + "users:\n- name: u\n  user:\n    token: t\n"
        + "contexts:\n" + string.Concat(contexts.Select(c => $"- name: {c.Name}\n  context:\n    cluster: c\n    user: u\n    namespace: {c.Namespace}\n"));
}
