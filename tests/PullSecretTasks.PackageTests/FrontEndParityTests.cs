using System.Text;
using System.Text.Json.Nodes;
using PullSecretTasks.TestInfra.CakeBuild;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>
/// The CLI, the MSBuild target and the Cake alias, each from its real package, given the same login output, names and
/// links, each against its own identically seeded API server, must leave byte-identical secrets and the same
/// service-account lists behind; and for one registry the data must equal kubectl's <c>create secret docker-registry --dry-run=client -o json</c>.
/// </summary>
public sealed class FrontEndParityTests(PackagesFixture packages)
{
    private const string Ns = "ns1";
    private const string Both = "parity-pull";
    private const string One = "parity-one";
    private const string HandWritten = "registry.example.com:5000";

    [Fact]
    public async Task CliMSBuildAndCakeWriteByteIdenticalSecretsAndLinks()
    {
        // arrange
        packages.RequireReady();
        var ct = TestContext.Current.CancellationToken;
        using var dir = TestDirectory.Create("psec-parity");
        await using var registry = await LoopbackRegistry.StartAsync(dir.CreateDirectory("registry"), cancellationToken: ct);
        var docker = DockerLogin.WithAuths(dir.Combine("docker"));
        await docker.LoginAsync(registry.Host, registry.User, registry.Password, cancellationToken: ct);
        AuthFileWriter.AddLogin(docker.ConfigPath, HandWritten, "hand-user", "hand-pass");
        (string Name, IReadOnlyList<string> Registries)[] secrets = [(Both, [registry.Host, HandWritten]), (One, [registry.Host])];
        await using var cliServer = await StartServerAsync();
        await using var msbuildServer = await StartServerAsync();
        await using var cakeServer = await StartServerAsync();
        var kubectlTask = KubectlDryRun.CreateDockerRegistrySecretAsync(dir.Path, One, Ns, registry.Host, registry.User, registry.Password, cancellationToken: ct);

        // act: the three front ends at once, each against its own server
        var runs = await Task.WhenAll(
            RunCliAsync(dir, secrets, docker.ConfigPath, KubeconfigWriter.Write(cliServer, dir.Combine("kube-cli"), Ns), ct),
            RunMSBuildAsync(dir, secrets, docker.ConfigPath, KubeconfigWriter.Write(msbuildServer, dir.Combine("kube-msbuild"), Ns), ct),
            RunCakeAsync(dir, secrets, docker.ConfigPath, KubeconfigWriter.Write(cakeServer, dir.Combine("kube-cake"), Ns), ct));
        var kubectl = await kubectlTask;

        // assert
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"pack + install: {packages.Elapsed.TotalSeconds:F1} s; CLI {runs[0].Elapsed.TotalSeconds:F1} s, MSBuild {runs[1].Elapsed.TotalSeconds:F1} s, Cake {runs[2].Elapsed.TotalSeconds:F1} s");
        foreach (var (frontEnd, run) in new[] { "CLI", "MSBuild", "Cake" }.Zip(runs))
        {
            Assert.True(run.ExitCode == 0, $"{frontEnd} failed:\n{run}");
            Assert.DoesNotContain(registry.Password, run.CombinedOutput, StringComparison.Ordinal);
        }

        Assert.Contains($"RESULT create {Both} Created", runs[2].StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"RESULT create {One} Created", runs[2].StandardOutput, StringComparison.Ordinal);
        foreach (var (name, hosts) in secrets)
        {
            var cli = Written(cliServer, name);
            Assert.Equal(hosts.Order(StringComparer.Ordinal), AuthsHosts(cli).Order(StringComparer.Ordinal));
            Assert.Equal(cli, Written(msbuildServer, name));
            Assert.Equal(cli, Written(cakeServer, name));
        }

        Assert.Equal(PrintedSecret.EncodedData(kubectl.StandardOutput), Written(cliServer, One).Data[".dockerconfigjson"]);
        Assert.Equal(JsonNode.Parse(kubectl.StandardOutput)!["type"]!.GetValue<string>(), Written(cliServer, One).Type);

        var expectedLinks = new[] { "builder-dockercfg-parit", Both, One };
        foreach (var server in new[] { cliServer, msbuildServer, cakeServer })
        {
            Assert.Equal(expectedLinks, server.ImagePullSecretNames(Ns, "builder"));
            Assert.Equal(expectedLinks, server.SecretNames(Ns, "builder"));
        }
    }

    private static async Task<FakeKubeApiServer> StartServerAsync()
    {
        var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = "t" });
        // A fixed suffix: the three servers must start out identical, down to the OpenShift dockercfg secret's name.
        server.SeedOpenShiftNamespace(Ns, suffix: "parit");
        return server;
    }

    private async Task<ProcessResult> RunCliAsync(
        TestDirectory dir, IEnumerable<(string Name, IReadOnlyList<string> Registries)> secrets, string dockerConfig, string kubeconfig, CancellationToken ct)
    {
        var environment = CliEnvironment.Empty(dir).ToVariables();
        var output = new StringBuilder();
        ProcessResult? last = null;
        var elapsed = TimeSpan.Zero;
        foreach (var (name, registries) in secrets)
        {
            List<string> args = ["create", name, "-n", Ns, $"--from-docker-config={dockerConfig}", "--kubeconfig", kubeconfig, "--link", "builder", "--for", "pull,mount"];
            args.AddRange(registries.SelectMany(r => new[] { "--registry", r }));
            var run = await ProcessRunner.RunAsync(
                packages.Tool, args, new ProcessOptions { CleanEnvironment = true, Environment = environment, WorkingDirectory = dir.Path, Timeout = TimeSpan.FromSeconds(60) }, ct);
            if (run.ExitCode != 0)
            {
                return run;
            }

            output.AppendLine(run.CombinedOutput);
            elapsed += run.Elapsed;
            last = run;
        }

        return last! with { StandardOutput = output.ToString(), StandardError = "", Elapsed = elapsed };
    }

    private async Task<ProcessResult> RunMSBuildAsync(
        TestDirectory dir, IEnumerable<(string Name, IReadOnlyList<string> Registries)> secrets, string dockerConfig, string kubeconfig, CancellationToken ct)
    {
        var app = await packages.CreateAppAsync(dir, secrets.Select(s =>
            $"<PullSecret Include=\"{s.Name}\" Registries=\"{string.Join(';', s.Registries)}\" Namespace=\"{Ns}\" ServiceAccounts=\"builder\" For=\"pull;mount\" />"));
        return await packages.Feed.RunConsumerAsync(
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-nologo", $"-p:PullSecretKubeconfig={kubeconfig}", $"-p:PullSecretDockerConfig={dockerConfig}"],
            app, null, TimeSpan.FromMinutes(3), ct);
    }

    private Task<ProcessResult> RunCakeAsync(
        TestDirectory dir, IEnumerable<(string Name, IReadOnlyList<string> Registries)> secrets, string dockerConfig, string kubeconfig, CancellationToken ct)
    {
        var script = CakeScripts.CreateEach(packages.Feed.AddinDirective("Cake.PullSecretTasks"), Ns, secrets, dockerConfig, kubeconfig, "builder");
        // The host's HOME stays: dotnet tool run finds Cake.Tool in its NuGet cache. The script names both files.
        var environment = new Dictionary<string, string?>
        {
            ["DOCKER_CONFIG"] = null,
            ["REGISTRY_AUTH_FILE"] = null,
            ["KUBECONFIG"] = null,
            ["XDG_RUNTIME_DIR"] = dir.CreateDirectory("xdg-runtime-cake"),
        };
        var cake = TestDirectory.Create("psec-parcake");
        return RunAndDisposeAsync(cake, CakeRunner.RunAsync(cake, script, environment, ct));
    }

    private static async Task<ProcessResult> RunAndDisposeAsync(TestDirectory directory, Task<ProcessResult> run)
    {
        using (directory)
        {
            return await run;
        }
    }

    private static IReadOnlyList<string> AuthsHosts(WrittenSecret secret)
    {
        var bytes = Convert.FromBase64String(secret.Data[".dockerconfigjson"]);
        return [.. JsonNode.Parse(bytes)!["auths"]!.AsObject().Select(p => p.Key)];
    }

    private static WrittenSecret Written(FakeKubeApiServer server, string name)
    {
        var secret = server.GetSecret(Ns, name) ?? throw new InvalidOperationException($"secret/{name} was not written");
        var data = secret["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var labels = secret["metadata"]!["labels"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()) ?? [];
        return new WrittenSecret(secret["type"]!.GetValue<string>(), data, labels);
    }

    /// <summary>What the front ends must agree on: type, data (base64 as stored, so byte for byte) and labels.</summary>
    private sealed record WrittenSecret(string Type, IReadOnlyDictionary<string, string> Data, IReadOnlyDictionary<string, string> Labels)
    {
        public bool Equals(WrittenSecret? other) =>
            other is not null && Type == other.Type && Same(Data, other.Data) && Same(Labels, other.Labels);

        public override int GetHashCode() => Type.GetHashCode(StringComparison.Ordinal);

        public override string ToString() =>
            $"type={Type} data={{{string.Join(", ", Data.Select(p => $"{p.Key}={p.Value}"))}}} labels={{{string.Join(", ", Labels.Select(p => $"{p.Key}={p.Value}"))}}}";

        private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
            a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
    }
}
