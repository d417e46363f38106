using System.Text.RegularExpressions;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Cluster;

/// <summary>
/// The Native AOT tool is built with KubernetesClient's all-models JSON helper stubbed out
/// (src/PullSecretTasks.Tool/ILLink.Substitutions.xml): every API call it makes must still work, and do exactly what
/// the portable build does. Each step below runs the portable build and a native one (linux-x64 here, and the
/// cross-compiled linux-arm64 under qemu-aarch64) against their own API servers and compares them.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class NativeToolClusterTests
{
    private const string Token = "native-token";

    private static readonly (string[] Args, string? Password)[] Steps =
    [
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--link", "builder"], "first"),
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--link", "builder"], "first"),
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--link", "builder"], "second"),
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--type", "kubernetes.io/dockercfg", "--overwrite"], "second"),
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--type", "kubernetes.io/dockercfg", "--dry-run", "server"], "third"),
        (["create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "-n", "missing"], "third"),
        (["create", "theirs", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW"], "third"),
        (["unlink", "builder", "pull"], null),
    ];

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("linux-arm64")]
    public async Task TheNativeToolSendsTheSameRequestsAndWritesTheSameObjectsAsThePortableOneForEveryApiCall(string rid)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var runs = new Dictionary<bool, List<ProcessResult>>();
        var servers = new Dictionary<bool, FakeKubeApiServer>();
        var seeded = new Dictionary<bool, OpenShiftNamespace>();

        // act
        foreach (var native in new[] { false, true })
        {
            var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = Token });
            servers[native] = server;
            seeded[native] = server.SeedOpenShiftNamespace("ns1");
            server.SeedSecret("ns1", "theirs", "kubernetes.io/dockerconfigjson", new Dictionary<string, string> { [".dockerconfigjson"] = "{\"auths\":{}}" });
            var kubeconfig = KubeconfigWriter.Write(server, Path.Combine(dir.Path, native ? "native" : "portable"), "ns1");
            runs[native] = [];
            foreach (var (args, password) in Steps)
            {
                var env = CliEnvironment.Empty(dir) with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = kubeconfig, ["PW"] = password } };
                runs[native].Add(native ? await PullSecretCli.RunNativeAsync(rid, env, args) : await PullSecretCli.RunAsync(env, args));
            }
        }

        // assert
        try
        {
            Assert.Equal(
                ["secret/pull created\nserviceaccount/builder linked\n", "secret/pull unchanged\nserviceaccount/builder unchanged\n", "secret/pull configured\nserviceaccount/builder unchanged\n"],
                runs[false].Take(3).Select(r => r.StandardOutput));
            int[] exits = [0, 0, 0, 0, 0, 1, 1, 0];
            Assert.All(runs[false].Zip(exits), p => Assert.True(p.First.ExitCode == p.Second, p.First.ToString()));
            Assert.Contains("namespaces \"missing\" not found", runs[false][5].StandardError, StringComparison.Ordinal);
            Assert.Contains("PSEC", runs[false][6].StandardError, StringComparison.Ordinal);
            for (var i = 0; i < Steps.Length; i++)
            {
                Assert.True(runs[false][i].ExitCode == runs[true][i].ExitCode, runs[true][i].ToString());
                Assert.Equal(runs[false][i].StandardOutput, runs[true][i].StandardOutput);
                Assert.Equal(runs[false][i].StandardError, runs[true][i].StandardError);
            }
            Assert.Equal(Requests(servers[false], seeded[false]), Requests(servers[true], seeded[true]));
            Assert.Equal(servers[false].GetSecret("ns1", "pull")!["data"]!.ToJsonString(), servers[true].GetSecret("ns1", "pull")!["data"]!.ToJsonString());
            foreach (var native in new[] { false, true })
            {
                Assert.Equal([seeded[native].BuilderDockercfg], servers[native].ImagePullSecretNames("ns1", "builder"));
                Assert.Equal([seeded[native].BuilderDockercfg], servers[native].SecretNames("ns1", "builder"));
            }
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task TheNativeToolTrustsTheKubeconfigsCaAndRunsItsExecPluginForTheToken()
    {
        // arrange: HTTPS with the kubeconfig's own CA, and the token from an exec credential plugin
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = Token });
        server.SeedOpenShiftNamespace("ns1");
        var plugin = dir.Combine("token-plugin");
        File.WriteAllText(plugin, $"#!/bin/sh\necho '{{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{{\"token\":\"{Token}\"}}}}'\n");
        File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var kubeconfig = KubeconfigWriter.Write(server, dir.Combine("exec"), "ns1");
        File.WriteAllText(kubeconfig, File.ReadAllText(kubeconfig).Replace($"    token: \"{Token}\"\n",
            $"    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: {plugin}\n      interactiveMode: Never\n", StringComparison.Ordinal));
        var env = CliEnvironment.Empty(dir) with { Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = kubeconfig, ["PW"] = "secret" } };

        // act
        var run = await PullSecretCli.RunNativeAsync(env, "create", "pull", "--docker-server", "r.example", "--docker-username", "u", "--docker-password-env", "PW", "--link", "builder");

        // assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("secret/pull created\nserviceaccount/builder linked\n", run.StandardOutput);
        Assert.Contains("exec:", File.ReadAllText(kubeconfig), StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal("Bearer", r.AuthorizationScheme));
    }

    // Each server names OpenShift's generated secrets, uids and times its own way; digits of the latter two are
    // blanked, so their format still has to match.
    private static List<string> Requests(FakeKubeApiServer server, OpenShiftNamespace seeded) =>
        server.Requests.Select(r => Regex.Replace(
                $"{r.Method} {r.Path}{r.Query} {r.ContentType} {r.Body}"
                    .Replace(seeded.BuilderDockercfg, "BUILDER-DOCKERCFG", StringComparison.Ordinal)
                    .Replace(seeded.DeployerDockercfg, "DEPLOYER-DOCKERCFG", StringComparison.Ordinal),
                "\"(uid|creationTimestamp|time)\":\"([^\"]*)\"",
                m => $"\"{m.Groups[1].Value}\":\"{Regex.Replace(m.Groups[2].Value, "[0-9a-f]", "0")}\""))
            .ToList();
}
