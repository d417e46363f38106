using System.Text.RegularExpressions;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.TestInfra.CakeBuild;

/// <summary>
/// Runs a build.cake with the real Cake runner: the repository's <c>.config/dotnet-tools.json</c> (Cake.Tool 7.0.0)
/// is copied next to the script, then <c>dotnet tool restore</c> and <c>dotnet tool run dotnet-cake</c> run there.
/// </summary>
public static partial class CakeRunner
{
    /// <summary>Writes <paramref name="script"/> as build.cake in <paramref name="directory"/> and runs it at diagnostic verbosity.</summary>
    /// <param name="directory">The script folder (Cake installs addins under its tools/).</param>
    /// <param name="script">The script text.</param>
    /// <param name="environment">Variables to set (or, with null, remove) on top of the test host's.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The run, with ANSI colours removed from stdout and stderr.</returns>
    public static async Task<ProcessResult> RunAsync(
        TestDirectory directory, string script, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var (dotnet, arguments, options) = await PrepareAsync(directory, script, environment, cancellationToken);
        var run = await ProcessRunner.RunAsync(dotnet, arguments, options, cancellationToken);
        return run with { StandardOutput = Ansi().Replace(run.StandardOutput, ""), StandardError = Ansi().Replace(run.StandardError, "") };
    }

    /// <summary>As <see cref="RunAsync"/>, but returns the running runner (output to <c>cake.log</c> in the folder).</summary>
    public static async Task<BackgroundProcess> StartAsync(
        TestDirectory directory, string script, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var (dotnet, arguments, options) = await PrepareAsync(directory, script, environment, cancellationToken);
        return BackgroundProcess.Start(dotnet, arguments, directory.Combine("cake.log"), options);
    }

    // The script and the tool manifest in the folder, the tools restored: what is left is running the runner.
    private static async Task<(string Dotnet, string[] Arguments, ProcessOptions Options)> PrepareAsync(
        TestDirectory directory, string script, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var dotnet = Prerequisites.Require("dotnet", "the .NET 10 SDK (apt-get install dotnet-sdk-10.0)");
        directory.WriteFile(".config/dotnet-tools.json", await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, ".config", "dotnet-tools.json"), cancellationToken));
        var scriptPath = directory.WriteFile("build.cake", script);
        var variables = new Dictionary<string, string?>(environment) { ["NO_COLOR"] = "1", ["DOTNET_NOLOGO"] = "1" };
        var options = new ProcessOptions { WorkingDirectory = directory.Path, Environment = variables, Timeout = TimeSpan.FromMinutes(3) };
        (await ProcessRunner.RunAsync(dotnet, ["tool", "restore"], options, cancellationToken)).EnsureSuccess();
        return (dotnet, ["tool", "run", "dotnet-cake", scriptPath, "--verbosity=diagnostic"], options);
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}
