using System.Runtime.InteropServices;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// Runs the built CLI as a child process, <c>dotnet pullsecret.dll …</c>, in a clean environment: an
/// out-of-process run is the only way to prove what a user's shell would see on stdout, stderr and the exit code.
/// </summary>
public static class PullSecretCli
{
    /// <summary>The tool's entry assembly, copied next to the tests by the project reference.</summary>
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "pullsecret.dll");

    /// <summary>Runs <c>pullsecret <paramref name="arguments"/></c>.</summary>
    public static Task<ProcessResult> RunAsync(CliEnvironment environment, params string[] arguments) =>
        RunWithInputAsync(environment, null, arguments);

    /// <summary>Runs <c>pullsecret <paramref name="arguments"/></c> with text on stdin.</summary>
    public static Task<ProcessResult> RunWithInputAsync(CliEnvironment environment, string? standardInput, params string[] arguments) =>
        RunAsync(Prerequisites.Require("dotnet", "the .NET 10 SDK"), [ToolAssembly, .. arguments], environment, standardInput);

    /// <summary>Runs the Native AOT <c>pullsecret</c> that build/build.sh build publishes, as the linux-x64 package ships it.</summary>
    public static Task<ProcessResult> RunNativeAsync(CliEnvironment environment, params string[] arguments) =>
        RunNativeAsync("linux-x64", environment, arguments);

    /// <summary>
    /// Runs the Native AOT <c>pullsecret</c> for <paramref name="rid"/>. On an x64 machine the linux-arm64 one runs under
    /// qemu-aarch64, with Debian's aarch64 C runtime (libc6-arm64-cross) as its library root.
    /// </summary>
    public static Task<ProcessResult> RunNativeAsync(string rid, CliEnvironment environment, params string[] arguments)
    {
        var tool = RepositoryRoot.NativeToolFor(rid);
        Assert.True(File.Exists(tool), $"Run build/build.sh prereqs build first: {tool} is missing.");
        if (rid == "linux-arm64" && RuntimeInformation.OSArchitecture != Architecture.Arm64)
        {
            var qemu = Prerequisites.Require("qemu-aarch64", "qemu-user (build/build.sh prereqs installs it)");
            return RunAsync(qemu, ["-L", "/usr/aarch64-linux-gnu", tool, .. arguments], environment, null);
        }
        return RunAsync(tool, arguments, environment, null);
    }

    private static Task<ProcessResult> RunAsync(string program, string[] arguments, CliEnvironment environment, string? standardInput)
    {
        return ProcessRunner.RunAsync(
            program,
            arguments,
            new ProcessOptions
            {
                StandardInput = standardInput,
                CleanEnvironment = true,
                Environment = environment.ToVariables(),
                WorkingDirectory = environment.Home,
                Timeout = TimeSpan.FromSeconds(60),
            },
            TestContext.Current.CancellationToken);
    }
}
