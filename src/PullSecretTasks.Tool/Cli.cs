using System.CommandLine;
using PullSecretTasks.Logging;
using PullSecretTasks.Protocol;
using PullSecretTasks.Results;

namespace PullSecretTasks.Tool;

/// <summary>
/// The pullsecret command line: create, link, unlink, inspect. Each verb maps its options to a core
/// request and calls PullSecretRunner; errors print as <c>error PSEC####: message</c>.
/// Exit codes: 0 success, 1 failure, 2 usage error.
/// </summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        if (PasswordArgument.Find(args) is { } refusal)
        {
            // Refuse before parsing: a parse error would echo the password as an unknown token.
            await console.Error.WriteLineAsync($"error {ErrorCodes.Usage}: {refusal}").ConfigureAwait(false);
            return 2;
        }
        var parsed = BuildRoot(console).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"error {ErrorCodes.Usage}: {PasswordArgument.Redact(error.Message, parsed.UnmatchedTokens)}").ConfigureAwait(false);
            }
            await console.Error.WriteLineAsync("Run 'pullsecret --help' for usage.").ConfigureAwait(false);
            return 2;
        }
        // Signals are ours (SignalCancellation), not System.CommandLine's, so a cancelled run always prints what it did.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(configuration, console.Cancellation).ConfigureAwait(false);
    }

    /// <summary>The command tree: create, link, unlink, inspect.</summary>
    public static RootCommand BuildRoot(CliConsole console) =>
        new("Create and link Kubernetes/OpenShift image pull secrets from docker, podman or skopeo login output.")
        {
            CreateCommand.Build(console),
            LinkCommand.Build(console, unlink: false),
            LinkCommand.Build(console, unlink: true),
            InspectCommand.Build(console),
        };

    /// <summary>Runs a verb's core call and maps PullSecretException to an exit code and one error line.</summary>
    public static Task<int> Guard(CliConsole console, bool verbose, Func<ILog, Task<int>> run) => Guard(console, verbose, events: false, run);

    /// <summary>
    /// As <see cref="Guard(CliConsole, bool, Func{ILog, Task{int}})"/>; with <paramref name="events"/>, the log and
    /// every error go to stdout as <see cref="ToolEvent"/> lines (the MSBuild task's native path) instead.
    /// </summary>
    public static async Task<int> Guard(CliConsole console, bool verbose, bool events, Func<ILog, Task<int>> run)
    {
        ILog log = events ? new ToolEventLog(console.Out) : new ConsoleLog(console.Error, verbose);
        try
        {
            return await run(log).ConfigureAwait(false);
        }
        catch (PullSecretException ex)
        {
            await FailAsync(console, log, ex).ConfigureAwait(false);
            return ex.Code == ErrorCodes.Cancelled ? console.CancelledExitCode
                : ex.Code.StartsWith("PSEC0", StringComparison.Ordinal) || ex.Code.StartsWith("PSEC3", StringComparison.Ordinal) ? 2 : 1;
        }
        catch (OperationCanceledException)
        {
            // Cancelled before the cluster work began (reading credentials, checking registries, connecting): the
            // helpers and plugins started are killed, and nothing was written.
            var by = console.Signals?.Signal is { } signal ? $" by {signal}" : "";
            await FailAsync(console, log, new PullSecretException(ErrorCodes.Cancelled, $"cancelled{by} before anything was written to the cluster.")).ConfigureAwait(false);
            return console.CancelledExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not an expected failure: one line by default, the stack trace only with --verbose.
            // The exception type and message come from .NET or KubernetesClient, never from credential data.
            await FailAsync(console, log, new PullSecretException(ErrorCodes.Unexpected, $"unexpected {ex.GetType().Name}: {ex.Message} Run again with --verbose and report it.")).ConfigureAwait(false);
            if (verbose && !events)
            {
                await console.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }
            return 1;
        }
    }

    /// <summary>Prints one error line (or event) per failed namespace; exit 1 when any failed.</summary>
    public static async Task<int> ReportFailuresAsync(CliConsole console, IReadOnlyList<NamespaceFailure> failures, ILog? log = null)
    {
        foreach (var f in failures)
        {
            await FailAsync(console, log, f.Error).ConfigureAwait(false);
        }
        return failures.Count == 0 ? 0 : failures.Any(f => f.Error.Code == ErrorCodes.Cancelled) ? console.CancelledExitCode : 1;
    }

    private static async Task FailAsync(CliConsole console, ILog? log, PullSecretException error)
    {
        if (log is ToolEventLog events)
        {
            events.Error(error);
            return;
        }
        await console.Error.WriteLineAsync($"error {error.Code}: {CliHints.Render(error)}").ConfigureAwait(false);
    }

    /// <summary>Throws a usage error (exit 2).</summary>
    public static PullSecretException Usage(string message) => new(ErrorCodes.Usage, message);
}
