using PullSecretTasks.Options;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public class ConnectionTests
{
    private const string TokenAnswer = """{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"test-token"}}""";

    // A kubeconfig for the bed's server whose user runs a shell-script exec plugin instead of holding a token.
    private static (string Path, string Yaml) ExecKubeconfig(FakeClusterBed bed, string body)
    {
        var plugin = Path.Combine(bed.Directory.Path, "token-plugin");
        File.WriteAllText(plugin, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var kubeconfig = KubeconfigWriter.Write(bed.Server, Path.Combine(bed.Directory.Path, "exec"), "ns1");
        var yaml = File.ReadAllText(kubeconfig).Replace("    token: \"test-token\"\n",
            $"    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {plugin}\n      interactiveMode: Never\n", StringComparison.Ordinal);
        File.WriteAllText(kubeconfig, yaml);
        return (kubeconfig, yaml);
    }

    [Fact]
    public async Task AHangingExecPluginEndsTheRunAtItsTimeoutAndIsKilled()
    {
        // arrange: the plugin records its pid and never answers.
        await using var bed = await BedRuns.StartAsync();
        var pidFile = Path.Combine(bed.Directory.Path, "plugin.pid");
        var (kubeconfig, _) = ExecKubeconfig(bed, $"echo $$ > {pidFile}; exec sleep 120");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // act
        var ex = await Assert.ThrowsAsync<PullSecretException>(() => bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig, Timeout = TimeSpan.FromSeconds(2) })
            .WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));

        // assert: a coded error in about the timeout, and nothing left running
        Assert.NotEqual(ErrorCodes.Unexpected, ex.Code);
        Assert.Contains("in time", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        var pid = File.ReadAllText(pidFile).Trim();
        Assert.True(SpinWait.SpinUntil(() => !Directory.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal), TimeSpan.FromSeconds(30)),
            $"plugin {pid} still runs");
    }

    [Fact]
    public async Task AnExecPluginThatLeavesABackgroundChildHoldingStdoutStillSuppliesTheToken()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var (kubeconfig, _) = ExecKubeconfig(bed, "echo '" + TokenAnswer + "'; sleep 75 &");

        // act
        var result = await bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig })
            .WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        // assert
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task AnExecCredentialPluginSuppliesTheToken()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var (kubeconfig, yaml) = ExecKubeconfig(bed, "echo '" + TokenAnswer + "'");

        // act
        var result = await bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig });

        // assert
        Assert.DoesNotContain("token:", yaml, StringComparison.Ordinal);
        Assert.Empty(result.Failures);
        Assert.Equal(SecretAction.Created, Assert.Single(result.Secrets).Action);
    }

    [Fact]
    public async Task KubeconfigListsMergeWithTheFirstFileWinning()
    {
        // arrange: the first file has only a current-context; the second defines it with namespace ns1.
        await using var bed = await BedRuns.StartAsync();
        var first = Path.Combine(bed.Directory.Path, "first.yaml");
        File.WriteAllText(first, "apiVersion: v1\nkind: Config\ncurrent-context: fake\n");
        var context = bed.Context();
        var env = RunnerEnvironment.From(context.Environment.Variables
            .Where(v => v.Key != "KUBECONFIG")
            .Append(KeyValuePair.Create("KUBECONFIG", first + Path.PathSeparator + bed.Kubeconfig)));

        // act
        var result = await PullSecretRunner.CreateAsync(bed.Create(), new RunnerContext { Environment = env }, TestContext.Current.CancellationToken);

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal("ns1", Assert.Single(result.Secrets).Secret.Namespace);
    }

    [Fact]
    public async Task NoKubeconfigOutsideAPodIsACodedErrorThatSuggestsAClientDryRun()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var env = RunnerEnvironment.From(bed.Context().Environment.Variables.Where(v => v.Key != "KUBECONFIG"));

        // act
        var error = await Assert.ThrowsAsync<PullSecretException>(() =>
            PullSecretRunner.CreateAsync(bed.Create(), new RunnerContext { Environment = env }, TestContext.Current.CancellationToken));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains(Setting.DryRun, error.Settings);
    }
}
