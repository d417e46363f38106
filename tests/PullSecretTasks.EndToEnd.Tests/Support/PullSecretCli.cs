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
    public static Task<ProcessResult> RunNativeAsync(CliEnvironment environment, params string[] arguments)
    {
        Assert.True(File.Exists(RepositoryRoot.NativeTool), $"Run build/build.sh build first: {RepositoryRoot.NativeTool} is missing.");
        return RunAsync(RepositoryRoot.NativeTool, arguments, environment, null);
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
