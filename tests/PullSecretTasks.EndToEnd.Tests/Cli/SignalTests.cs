using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

/// <summary>
/// Ctrl+C and SIGTERM on the real process: a cancelled run says what it did, kills the children it started and exits
/// 130 or 143, as shells and CI runners expect of a process ended by that signal.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task ASignalWhileAHelperHangsKillsTheHelperAndExitsAsTheSignalSays(string signal, int exitCode)
    {
        // arrange: the only credential comes from a helper that records its pid and never answers
        using var dir = TestDirectory.Create();
        var pidFile = dir.Combine("helper.pid");
        var bin = dir.CreateDirectory("bin");
        var helper = Path.Combine(bin, "docker-credential-hang");
        File.WriteAllText(helper, $"#!/bin/sh\necho $$ > {pidFile}\nexec sleep 120\n");
        File.SetUnixFileMode(helper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var docker = dir.CreateDirectory("docker");
        File.WriteAllText(Path.Combine(docker, "config.json"), """{"credHelpers":{"registry.example.com":"hang"}}""");
        var env = CliEnvironment.Empty(dir) with { DockerConfig = docker, Extra = new Dictionary<string, string?> { ["PATH"] = $"{bin}:{Prerequisites.HostPath}" } };
        using var run = Start(env, dir, "create", "s1", "--registry", "registry.example.com", "--dry-run", "client", "--timeout", "60s");
        await WaitUntilAsync(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0, run);

        // act
        await run.SignalAsync(signal);
        var exit = await run.WaitForExitAsync(Patience);

        // assert
        Assert.True(exit == exitCode, $"exit {exit?.ToString() ?? "none"}:\n{run.ReadLog()}");
        Assert.Contains($"error PSEC9998: cancelled by SIG{signal} before anything was written to the cluster.", run.ReadLog(), StringComparison.Ordinal);
        var pid = File.ReadAllText(pidFile).Trim();
        Assert.True(SpinWait.SpinUntil(() => !IsRunning(pid), TimeSpan.FromSeconds(20)), $"helper {pid} outlived pullsecret");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASigtermWhileLinkingSaysTheSecretWasCreatedAndTheLinkWasCancelledInEitherBuildOfTheTool(bool native)
    {
        // arrange: the account's update hangs on the server
        using var dir = TestDirectory.Create();
        await using var server = await FakeKubeApiServer.StartAsync();
        server.SeedOpenShiftNamespace("ns1");
        server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(90) });
        var docker = dir.CreateDirectory("docker");
        new TestInfra.Secrets.AuthFileWriter().Login("registry.example.com", "u", "p").WriteTo(Path.Combine(docker, "config.json"));
        var env = CliEnvironment.Empty(dir) with
        {
            DockerConfig = docker,
            Extra = new Dictionary<string, string?> { ["KUBECONFIG"] = KubeconfigWriter.Write(server, dir.Path, "ns1") },
        };
        using var run = native
            ? StartNative(env, dir, "create", "pull", "--registry", "registry.example.com", "--link", "builder", "--timeout", "80s")
            : Start(env, dir, "create", "pull", "--registry", "registry.example.com", "--link", "builder", "--timeout", "80s");
        await WaitUntilAsync(() => server.Requests.Any(r => r.Method == "PUT" && r.Path.Contains("/serviceaccounts/builder", StringComparison.Ordinal)), run);

        // act
        await run.SignalAsync("TERM");
        var exit = await run.WaitForExitAsync(Patience);

        // assert
        Assert.True(exit == 143, $"exit {exit?.ToString() ?? "none"}:\n{run.ReadLog()}");
        Assert.Contains("error PSEC9998: In namespace ns1: secret/pull created; cancelled while linking serviceaccount/builder. Run the same command again to finish.", run.ReadLog(), StringComparison.Ordinal);
        Assert.NotNull(server.SecretDataString("ns1", "pull", ".dockerconfigjson"));
    }

    private static BackgroundProcess Start(CliEnvironment env, TestDirectory dir, params string[] arguments) =>
        BackgroundProcess.Start(Prerequisites.Require("dotnet", "the .NET 10 SDK"), [PullSecretCli.ToolAssembly, .. arguments], dir.Combine("run.log"),
            new ProcessOptions { CleanEnvironment = true, Environment = env.ToVariables(), WorkingDirectory = env.Home });

    // The Native AOT build has its own signal plumbing (no host, PosixSignalRegistration compiled in): the same promise.
    private static BackgroundProcess StartNative(CliEnvironment env, TestDirectory dir, params string[] arguments)
    {
        Assert.True(File.Exists(RepositoryRoot.NativeTool), $"Run build/build.sh build first: {RepositoryRoot.NativeTool} is missing.");
        return BackgroundProcess.Start(RepositoryRoot.NativeTool, arguments, dir.Combine("run.log"),
            new ProcessOptions { CleanEnvironment = true, Environment = env.ToVariables(), WorkingDirectory = env.Home });
    }

    private static async Task WaitUntilAsync(Func<bool> condition, BackgroundProcess run)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until && !run.HasExited, $"pullsecret never got there:\n{run.ReadLog()}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static bool IsRunning(string pid) =>
        Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
}
