using System.IO.Compression;
using System.Text.Json;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>The packed PullSecretTasks package, referenced by a real project and driven by the dotnet CLI.</summary>
public sealed class MSBuildPackageTests(PackagesFixture packages)
{
    private static readonly string[] OneSecret = ["""<PullSecret Include="app-pull" />"""];
    private static readonly string[] Repository = ["<ContainerRepository>demo/app</ContainerRepository>"];

    [Fact]
    public async Task MSBuildTargetCreatesAndLinksTheSecret()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);

        // act
        var result = await packages.RunInAppAsync(app,
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-v:d", "-nologo", $"-p:ContainerRegistry={FakeClusterBed.Registry}",
             $"-p:PullSecretKubeconfig={bed.Kubeconfig}", $"-p:PullSecretDockerConfig={bed.DockerConfig}"]);

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(FakeClusterBed.Registry, bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson"));
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "builder"));
        Assert.Contains("PullSecretTasks: [output] PullSecretResult=app-pull Namespace=ns1 Action=Created", result.StandardOutput, StringComparison.Ordinal);
        bed.AssertNoLeak(result.CombinedOutput, "the build output");
    }

    [Fact]
    public async Task PublishContainerCreatesAndLinksTheSecretBeforeThePush()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);
        using var work = TestDirectory.Create("psec-msbr");
        await using var registry = await LoopbackRegistry.StartAsync(work.CreateDirectory("registry"), cancellationToken: TestContext.Current.CancellationToken);
        await OciBaseImage.PushAsync(registry.BaseUri, registry.User, registry.Password, "base", "1", TestContext.Current.CancellationToken);
        var host = $"localhost:{registry.Port}";
        new AuthFileWriter().Login(host, registry.User, registry.Password).WriteTo(work.Combine("docker", "config.json"));

        // act: the SDK reads the same DOCKER_CONFIG for the push; PullSecretDockerConfig is left to discovery
        var result = await packages.RunInAppAsync(app,
            ["publish", "-t:PublishContainer", "-nologo", "-p", $"ContainerRegistry={host}", "-p", $"ContainerBaseImage={host}/base:1",
             "-p", "PullSecretNamespace=ns1", "-p", $"PullSecretKubeconfig={bed.Kubeconfig}"],
            new Dictionary<string, string?> { ["DOCKER_CONFIG"] = work.Combine("docker") });

        // assert
        Assert.True(result.ExitCode == 0, result + "\n--- registry log ---\n" + registry.ReadLog());
        Assert.Contains($"Pushed image 'demo/app:latest' to registry '{host}'", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(host, bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson"));
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "builder"));

        var kubeWrites = bed.Server.Requests.Where(r => r.Method is "POST" or "PUT" or "PATCH").ToList();
        Assert.Contains(kubeWrites, r => r.Method == "POST" && r.Path.EndsWith("/secrets", StringComparison.Ordinal));
        Assert.Contains(kubeWrites, r => r.Path.EndsWith("/serviceaccounts/builder", StringComparison.Ordinal));
        var lastKubeWrite = kubeWrites.Max(r => r.Timestamp);
        var log = RegistryLog.Read(registry.ReadLog());
        var sdkRequests = log.Where(e => e.UserAgent.Contains(".NET Container Library", StringComparison.Ordinal)).ToList();
        var manifestPut = Assert.Single(log, e => e.Method == "PUT" && e.Uri.StartsWith("/v2/demo/app/manifests/", StringComparison.Ordinal));
        Assert.True(lastKubeWrite < manifestPut.Started, $"link at {lastKubeWrite:O}, manifest PUT at {manifestPut.Started:O}");
        Assert.NotEmpty(sdkRequests);
        Assert.True(lastKubeWrite < sdkRequests[0].Started, $"link at {lastKubeWrite:O}, first SDK registry request at {sdkRequests[0].Started:O}");
    }

    [Fact]
    public async Task CanaryCredentialsNeverReachTheConsoleOrTheBinaryLog()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);
        var binlog = bed.Directory.Combine("build.binlog");

        // act
        var result = await packages.RunInAppAsync(app,
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-v:diag", $"-bl:{binlog}", "-nologo", $"-p:ContainerRegistry={FakeClusterBed.Registry}",
             $"-p:PullSecretKubeconfig={bed.Kubeconfig}", $"-p:PullSecretDockerConfig={bed.DockerConfig}"]);

        // assert: the secret really went through the task...
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(bed.Password, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(
            JsonDocument.Parse(bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson")!)
                .RootElement.GetProperty("auths").GetProperty(FakeClusterBed.Registry).GetProperty("auth").GetString()!)), StringComparison.Ordinal);
        // ...and never into the console or the binlog, raw or decompressed, nor did the secret's data
        var data = bed.Server.GetSecret("ns1", "app-pull")!["data"]![".dockerconfigjson"]!.GetValue<string>();
        bed.AssertNoLeak(result.CombinedOutput, "the diagnostic console output");
        Assert.DoesNotContain(data, result.CombinedOutput, StringComparison.Ordinal);
        var raw = await File.ReadAllBytesAsync(binlog, TestContext.Current.CancellationToken);
        bed.Canary.AssertAbsent(raw, "the binlog file");
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await gzip.CopyToAsync(decompressed, TestContext.Current.CancellationToken);
        Assert.True(decompressed.Length > raw.Length, "the binlog did not decompress");
        var text = decompressed.ToArray();
        bed.Canary.AssertAbsent(text, "the decompressed binlog");
        Assert.DoesNotContain(data, System.Text.Encoding.UTF8.GetString(text), StringComparison.Ordinal);
        Assert.Contains("CreatePullSecret", System.Text.Encoding.UTF8.GetString(text), StringComparison.Ordinal);
    }
}
