using System.IO.Compression;
using System.Text;
using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Package;

/// <summary>The packed PullSecretTasks package, referenced by a real project and driven by the dotnet CLI.</summary>
public sealed class PackageTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    [Fact]
    public void PackageHasTheDocumentedLayoutAndNoDependencies()
    {
        // arrange
        AssertPacked();
        using var zip = ZipFile.OpenRead(fixture.Package);

        // act
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith('_') && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").Order().ToList();
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.ReadToEnd();

        // assert
        string[] expected =
        [
            "build/PullSecretTasks.props", "build/PullSecretTasks.targets",
            "buildMultiTargeting/PullSecretTasks.props", "buildMultiTargeting/PullSecretTasks.targets",
            "PullSecretTasks.nuspec", "README.md",
            "tasks/net10.0/Fractions.dll", "tasks/net10.0/KubernetesClient.dll", "tasks/net10.0/PullSecretTasks.Core.dll",
            "tasks/net10.0/PullSecretTasks.MSBuild.deps.json", "tasks/net10.0/PullSecretTasks.MSBuild.dll", "tasks/net10.0/YamlDotNet.dll",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
        Assert.Contains("<developmentDependency>true</developmentDependency>", metadata, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependencies", metadata, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MSBuildTargetCreatesAndLinksTheSecret()
    {
        // arrange
        AssertPacked();
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");

        // act
        var result = await fixture.RunInAppAsync(
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-v:d", "-nologo", $"-p:ContainerRegistry={FakeClusterBed.Registry}",
             $"-p:PullSecretKubeconfig={bed.Kubeconfig}", $"-p:PullSecretDockerConfig={bed.DockerConfig}"],
            new Dictionary<string, string?>());

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
        AssertPacked();
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        using var work = TestDirectory.Create("psec-msbr");
        await using var registry = await LoopbackRegistry.StartAsync(work.CreateDirectory("registry"), cancellationToken: TestContext.Current.CancellationToken);
        await OciBaseImage.PushAsync(registry.BaseUri, registry.User, registry.Password, "base", "1", TestContext.Current.CancellationToken);
        var host = $"localhost:{registry.Port}";
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{registry.User}:{registry.Password}"));
        work.WriteFile("docker/config.json", "{\"auths\":{\"" + host + "\":{\"auth\":\"" + auth + "\"}}}");

        // act: the SDK reads the same DOCKER_CONFIG for the push; PullSecretDockerConfig is left to discovery
        var result = await fixture.RunInAppAsync(
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
        AssertPacked();
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var binlog = bed.Directory.Combine("build.binlog");

        // act
        var result = await fixture.RunInAppAsync(
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-v:diag", $"-bl:{binlog}", "-nologo", $"-p:ContainerRegistry={FakeClusterBed.Registry}",
             $"-p:PullSecretKubeconfig={bed.Kubeconfig}", $"-p:PullSecretDockerConfig={bed.DockerConfig}"],
            new Dictionary<string, string?>());

        // assert: the secret really went through the task...
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(bed.Password, Encoding.UTF8.GetString(Convert.FromBase64String(
            System.Text.Json.JsonDocument.Parse(bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson")!)
                .RootElement.GetProperty("auths").GetProperty(FakeClusterBed.Registry).GetProperty("auth").GetString()!)), StringComparison.Ordinal);
        // ...and never into the console or the binlog, raw or decompressed, nor did the secret's data
        var data = bed.Server.GetSecret("ns1", "app-pull")!["data"]![".dockerconfigjson"]!.GetValue<string>();
        bed.AssertNoLeak(result.CombinedOutput, "the diagnostic console output");
        Assert.DoesNotContain(data, result.CombinedOutput, StringComparison.Ordinal);
        var raw = await File.ReadAllBytesAsync(binlog, TestContext.Current.CancellationToken);
        bed.AssertNoLeak(Encoding.Latin1.GetString(raw), "the binlog file");
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await gzip.CopyToAsync(decompressed, TestContext.Current.CancellationToken);
        Assert.True(decompressed.Length > raw.Length, "the binlog did not decompress");
        var text = decompressed.ToArray();
        bed.AssertNoLeak(Encoding.UTF8.GetString(text), "the decompressed binlog");
        bed.AssertNoLeak(Encoding.Unicode.GetString(text), "the decompressed binlog (UTF-16)");
        Assert.DoesNotContain(data, Encoding.UTF8.GetString(text), StringComparison.Ordinal);
        Assert.Contains("CreatePullSecret", Encoding.UTF8.GetString(text), StringComparison.Ordinal);
    }

    private void AssertPacked() =>
        Assert.True(fixture.Pack is { ExitCode: 0 } && File.Exists(fixture.Package), $"dotnet pack failed:\n{fixture.Pack}");
}
