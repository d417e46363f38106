using System.Text;
using PullSecretTasks.Requests;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.CakeBuild;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>
/// The real runner (Cake.Tool from .config/dotnet-tools.json, as a local tool) runs a build.cake that logs in to a loopback registry with
/// docker login --password-stdin through Cake's process API, then creates and links a secret in the fake API server.
/// </summary>
public sealed class CakeRunnerTests(PackagesFixture packages, CanaryRegistryFixture canary) : IClassFixture<CanaryRegistryFixture>
{
    [Fact]
    public Task TheBuiltAddinLoadedWithHashRLogsInCreatesAndLinks()
    {
        Assert.True(File.Exists(RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks")), $"The addin was not built at {RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks")}.");
        return RunAsync($"#r \"{RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks")}\"");
    }

    [Fact]
    public Task ThePackedAddinLoadedWithHashAddinLogsInCreatesAndLinks()
    {
        packages.RequireReady();
        return RunAsync(packages.Feed.AddinDirective("Cake.PullSecretTasks"));
    }

    [Fact]
    public async Task TheParityCreateScriptWritesTheBytesTheCoreBuilds()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-cakepar", "cake-user");
        using var directory = TestDirectory.Create("psec-cakepar");
        var script = CakeScripts.Create($"#r \"{RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks")}\"", "pull", "ns1", [FakeClusterBed.Registry], bed.DockerConfigFile, bed.Kubeconfig, "builder");
        var request = new CreateRequest { Name = "pull", Namespaces = ["ns1"], Registries = [FakeClusterBed.Registry], DryRun = DryRunMode.Client };
        var core = await PullSecretRunner.CreateAsync(request, new RunnerContext { Environment = RunnerEnvironment.From(bed.Variables) }, TestContext.Current.CancellationToken);
        var expected = core.Secrets[0].Secret.Data[".dockerconfigjson"];

        // act
        // The host's HOME stays: dotnet tool run finds Cake.Tool in its NuGet cache. The script names both files.
        var environment = bed.Variables.Where(p => p.Key is not ("HOME" or "PATH")).ToDictionary(p => p.Key, p => (string?)p.Value);
        var run = await CakeRunner.RunAsync(directory, script, environment, TestContext.Current.CancellationToken);

        // assert
        Assert.True(run.ExitCode == 0, $"Cake failed:\n{run.CombinedOutput}");
        Assert.Contains("RESULT create Created", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(expected), bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"));
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        bed.AssertNoLeak(run.CombinedOutput, "The Cake output");
    }

    [Fact]
    public async Task TheReadmesQuickStartRunsVerbatimWithThePackageAtTheVersionItNames()
    {
        // arrange: the README's script unchanged; only the environment says where the package, the login and the cluster are.
        packages.RequireReady();
        var script = Assert.Single(MarkdownBlocks.Under(Path.Combine(RepositoryRoot.Path, "README.md"), "Quick start: Cake", "csharp"));
        using var directory = TestDirectory.Create("psec-cakeqs");
        // The version the README names, packed from the same build: a README naming another version fails here.
        var feed = directory.CreateDirectory("feed");
        var pack = await ProcessRunner.RunAsync("dotnet",
            ["pack", RepositoryRoot.SourceProject("Cake.PullSecretTasks"), "-c", RepositoryRoot.Configuration, "--no-build", "-o", feed, "-nologo"],
            new ProcessOptions { WorkingDirectory = RepositoryRoot.Path, Timeout = TimeSpan.FromMinutes(5) }, TestContext.Current.CancellationToken);
        pack.EnsureSuccess();
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = "t" });
        server.SeedOpenShiftNamespace("my-app");
        var dockerConfig = directory.Combine("docker");
        AuthFileWriter.AddLogin(DockerLogin.WithAuths(dockerConfig).ConfigPath, "registry.example.com", canary.User, canary.Password);
        var environment = new Dictionary<string, string?>
        {
            ["CAKE_NUGET_SOURCE"] = feed,
            ["DOCKER_CONFIG"] = dockerConfig,
            ["KUBECONFIG"] = KubeconfigWriter.Write(server, directory.Combine("kube"), "default"),
            ["XDG_RUNTIME_DIR"] = directory.CreateDirectory("xdg-runtime"),
            ["REGISTRY_AUTH_FILE"] = null,
        };

        // act
        var run = await CakeRunner.RunAsync(directory, script, environment, TestContext.Current.CancellationToken);

        // assert
        Assert.True(run.ExitCode == 0, $"Cake failed:\n{run.CombinedOutput}");
        Assert.Contains("Pull secret 'app-pull' created in namespace 'my-app' for registry 'registry.example.com'.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("app-pull", server.ImagePullSecretNames("my-app", "builder"));
        Assert.Contains("app-pull", server.SecretNames("my-app", "builder"));
        Assert.Contains("app-pull", server.ImagePullSecretNames("my-app", "default"));
        Assert.Contains(canary.Password, server.SecretDataString("my-app", "app-pull", ".dockerconfigjson"), StringComparison.Ordinal);
        canary.Canary.AssertAbsent(run.CombinedOutput, "Cake's diagnostic output");
    }

    private async Task RunAsync(string header)
    {
        // arrange
        var docker = Prerequisites.Require("docker", "the docker CLI (apt-get install docker-cli, or the static binary in /usr/local/bin)");
        await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = "t" });
        server.SeedOpenShiftNamespace("ns1");
        using var directory = TestDirectory.Create("psec-cakerun");
        // Seeded, so that docker login keeps plain auths instead of picking credsStore "pass" by itself.
        var dockerConfig = DockerLogin.WithAuths(directory.Combine("docker")).ConfigDirectory;
        var kubeconfig = KubeconfigWriter.Write(server, directory.Combine("kube"), "ns1");
        var script = CakeScripts.LoginCreateAndLink(header, docker, canary.Registry.Host, canary.User, dockerConfig, kubeconfig);
        var environment = new Dictionary<string, string?>
        {
            ["PSEC_CANARY"] = canary.Password,
            ["DOCKER_CONFIG"] = dockerConfig,
            ["KUBECONFIG"] = kubeconfig,
            ["XDG_RUNTIME_DIR"] = directory.CreateDirectory("xdg-runtime"),
            ["REGISTRY_AUTH_FILE"] = null,
        };

        // act
        var run = await CakeRunner.RunAsync(directory, script, environment, TestContext.Current.CancellationToken);

        // assert
        var output = run.CombinedOutput;
        await File.WriteAllTextAsync(directory.Combine("cake-output.txt"), output, TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, $"Cake failed:\n{output}");
        Assert.Contains("RESULT create Created Linked", output, StringComparison.Ordinal);
        Assert.Contains("RESULT link Linked", output, StringComparison.Ordinal);
        Assert.Contains($"RESULT inspect {canary.Registry.Host} {canary.User} True", output, StringComparison.Ordinal);
        Assert.Contains("Pull secret 'pull' created in namespace 'ns1'", output, StringComparison.Ordinal);
        Assert.Contains("Verifying assembly 'Cake.PullSecretTasks", output, StringComparison.Ordinal);
        Assert.DoesNotContain("older version of Cake.Core", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pull", server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("pull", server.SecretNames("ns1", "builder"));
        Assert.Equal(["pull"], server.ImagePullSecretNames("ns1", "default"));
        Assert.Contains(canary.Password, server.SecretDataString("ns1", "pull", ".dockerconfigjson"), StringComparison.Ordinal);
        canary.Canary.AssertAbsent(output, "Cake's diagnostic output");
    }
}
