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
        // At the CLI's default verbosity, next to the SDK's own line:
        Assert.Contains($"Pull secret 'app-pull' created in namespace 'ns1' for registry '{host}'.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Service account 'builder' in namespace 'ns1' linked to 'app-pull' (imagePullSecrets, secrets).", result.StandardOutput, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("ContainerArchiveOutputPath=out/app.tar.gz", "ContainerArchiveOutputPath is set")]
    [InlineData("EnableSdkContainerSupport=false", "EnableSdkContainerSupport is not true")]
    public async Task APublishContainerThatPushesNowhereLeavesTheClusterAloneAndSaysWhyInTheDetailedLog(string property, string reason)
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbs", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);
        using var work = TestDirectory.Create("psec-msbs");
        await using var registry = await LoopbackRegistry.StartAsync(work.CreateDirectory("registry"), cancellationToken: TestContext.Current.CancellationToken);
        await OciBaseImage.PushAsync(registry.BaseUri, registry.User, registry.Password, "base", "1", TestContext.Current.CancellationToken);
        var host = $"localhost:{registry.Port}";
        new AuthFileWriter().Login(host, registry.User, registry.Password).WriteTo(work.Combine("docker", "config.json"));

        // act: a tarball has no registry; without container support PublishContainer's own condition is false
        var result = await packages.RunInAppAsync(app,
            ["publish", "-t:PublishContainer", "-nologo", "-v:d", "-p", property, "-p", $"ContainerBaseImage={host}/base:1",
             "-p", "PullSecretNamespace=ns1", "-p", $"PullSecretKubeconfig={bed.Kubeconfig}"],
            new Dictionary<string, string?> { ["DOCKER_CONFIG"] = work.Combine("docker") });

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(bed.Server.Requests);
        Assert.Contains($"PullSecretTasks: CreatePullSecrets skipped before PublishContainer: {reason}", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Pull secret 'app-pull'", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME", "DOTNET_CONTAINER_PUSH_REGISTRY_PWORD")]
    [InlineData("SDK_CONTAINER_REGISTRY_UNAME", "SDK_CONTAINER_REGISTRY_PWORD")]
    public async Task TheSdksPushCredentialVariablesAloneMakeThePushAndThePullSecret(string userVariable, string passwordVariable)
    {
        // arrange: the registry pushed to has no docker login at all, only the SDK's variables; the base image comes
        // from a second registry through the docker config, which the SDK reads for pulls.
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);
        using var work = TestDirectory.Create("psec-msbe");
        var canary = new Canary("sdk-user");
        await using var registry = await LoopbackRegistry.StartAsync(work.CreateDirectory("registry"), user: canary.User, password: canary.Password,
            cancellationToken: TestContext.Current.CancellationToken);
        await using var baseRegistry = await LoopbackRegistry.StartAsync(work.CreateDirectory("base-registry"), cancellationToken: TestContext.Current.CancellationToken);
        await OciBaseImage.PushAsync(baseRegistry.BaseUri, baseRegistry.User, baseRegistry.Password, "base", "1", TestContext.Current.CancellationToken);
        var host = $"localhost:{registry.Port}";
        var baseHost = $"localhost:{baseRegistry.Port}";
        new AuthFileWriter().Login(baseHost, baseRegistry.User, baseRegistry.Password).WriteTo(work.Combine("docker", "config.json"));
        var binlog = work.Combine("publish.binlog");

        // act
        var result = await packages.RunInAppAsync(app,
            ["publish", "-t:PublishContainer", "-nologo", "-v:d", $"-bl:{binlog}", "-p", $"ContainerRegistry={host}", "-p", $"ContainerBaseImage={baseHost}/base:1",
             "-p", "PullSecretNamespace=ns1", "-p", $"PullSecretKubeconfig={bed.Kubeconfig}"],
            new Dictionary<string, string?>
            {
                ["DOCKER_CONFIG"] = work.Combine("docker"),
                [userVariable] = canary.User,
                [passwordVariable] = canary.Password,
            });

        // assert: the same credential the SDK pushed with is in the secret, and nowhere in the output
        Assert.True(result.ExitCode == 0, result + "\n--- registry log ---\n" + registry.ReadLog());
        Assert.Contains($"Pushed image 'demo/app:latest' to registry '{host}'", result.StandardOutput, StringComparison.Ordinal);
        var config = JsonDocument.Parse(bed.Server.SecretDataString("ns1", "app-pull", ".dockerconfigjson")!);
        Assert.Equal(canary.Auth, config.RootElement.GetProperty("auths").GetProperty(host).GetProperty("auth").GetString());
        Assert.Contains($"Pull secret 'app-pull' created in namespace 'ns1' for registry '{host}'.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("/native/linux-x64/pullsecret", result.StandardOutput, StringComparison.Ordinal);
        canary.AssertAbsent(result.CombinedOutput, "the detailed build output");
        // ...nor in the binlog, but for MSBuild's own record of the build's DOTNET_* variables, which every binlog
        // holds with or without this package (a string record of the name, then one of the value).
        var text = await DecompressedBinlogAsync(binlog);
        var environmentRecord = StringRecord(passwordVariable).Concat(StringRecord(canary.Password)).ToArray();
        var rest = Remove(text, environmentRecord);
        Assert.Equal(passwordVariable.StartsWith("DOTNET_", StringComparison.Ordinal) ? 1 : 0, (text.Length - rest.Length) / environmentRecord.Length);
        canary.AssertAbsent(rest, "the decompressed binlog");
    }

    private static async Task<byte[]> DecompressedBinlogAsync(string binlog)
    {
        var raw = await File.ReadAllBytesAsync(binlog, TestContext.Current.CancellationToken);
        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await gzip.CopyToAsync(decompressed, TestContext.Current.CancellationToken);
        return decompressed.ToArray();
    }

    // A binlog string record (dotnet/msbuild src/Build/Logging/BinaryLogger/BinaryLogRecordKind.cs, String = 24):
    // the kind, the 7-bit encoded UTF-8 length, the bytes; the names and values here are shorter than 128 bytes.
    private static byte[] StringRecord(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        Assert.True(bytes.Length < 128);
        return [24, (byte)bytes.Length, .. bytes];
    }

    private static byte[] Remove(byte[] haystack, byte[] needle)
    {
        var result = new List<byte>(haystack.Length);
        for (var i = 0; i < haystack.Length; i++)
        {
            if (i <= haystack.Length - needle.Length && haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                i += needle.Length - 1;
                continue;
            }
            result.Add(haystack[i]);
        }
        return [.. result];
    }

    [Fact]
    public async Task WithoutALoginTheErrorNamesTheSdksCredentialVariables()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var app = await packages.CreateAppAsync(bed.Directory, OneSecret, Repository);
        using var work = TestDirectory.Create("psec-msbn");

        // act
        var result = await packages.RunInAppAsync(app,
            ["msbuild", "-restore", "-t:CreatePullSecrets", "-nologo", "-p:ContainerRegistry=registry.example.com", $"-p:PullSecretKubeconfig={bed.Kubeconfig}"],
            new Dictionary<string, string?> { ["DOCKER_CONFIG"] = work.CreateDirectory("no-login"), ["REGISTRY_AUTH_FILE"] = work.Combine("none.json") });

        // assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error PSEC1012", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/DOTNET_CONTAINER_PUSH_REGISTRY_PWORD", result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(bed.Writes);
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
