using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>
/// Every way an exec credential plugin can fail is PSEC2014 naming the plugin and the kind of failure, never what it
/// printed (plugins print tokens): the canary a plugin writes to stdout and stderr appears in no message.
/// </summary>
public sealed class ExecPluginFailureTests
{
    private static readonly Canary Canary = new("plugin");

    public static TheoryData<string, string, string> Failures => new()
    {
        { "exits non-zero", $"echo '{Canary.Password}'; echo '{Canary.Password}' >&2; exit 3", "exited with code 3" },
        { "prints garbage", $"echo 'token: {Canary.Password}'; echo '{Canary.Password}' >&2", "printed something that is not JSON" },
        { "prints another kind", $$$"""echo '{"kind":"Secret","apiVersion":"v1","data":{"token":"{{{Canary.Password}}}"}}'""", "printed something that is not an ExecCredential" },
        { "answers another apiVersion", $$$"""echo '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"{{{Canary.Password}}}"}}'""", "answered with apiVersion \"client.authentication.k8s.io/v1\"" },
        { "answers without a status", """echo '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1"}'""", "answered without a status" },
        { "answers an empty status", """echo '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{}}'""", "neither a token nor a client certificate" },
        { "prints megabytes", $"yes '{Canary.Password}' | head -c 3000000", "printed more than" },
        { "cannot be executed", "#", "is not executable" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task APluginThatFailsIsPsec2014NamingItAndTheFailureWithoutItsOutput(string kind, string body, string expected)
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var plugin = Path.Combine(bed.Directory.Path, "token-plugin");
        File.WriteAllText(plugin, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(plugin, kind == "cannot be executed" ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var kubeconfig = KubeconfigWriter.Write(bed.Server, Path.Combine(bed.Directory.Path, "exec"), "ns1");
        File.WriteAllText(kubeconfig, File.ReadAllText(kubeconfig).Replace("    token: \"test-token\"\n",
            $"    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {plugin}\n      interactiveMode: Never\n", StringComparison.Ordinal));

        // act
        var error = await Assert.ThrowsAsync<PullSecretException>(() => bed.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig, Timeout = TimeSpan.FromSeconds(20) })
            .WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));

        // assert
        Assert.Equal(ErrorCodes.ExecPluginFailed, error.Code);
        Assert.Contains("The exec credential plugin token-plugin of kubeconfig user", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
        Canary.AssertAbsent(error.ToString(), $"the error of a plugin that {kind}");
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");
    }
}
