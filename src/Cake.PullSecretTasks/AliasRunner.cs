using System.Reflection;
using Cake.Core;
using Cake.Core.Diagnostics;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace Cake.PullSecretTasks;

/// <summary>What every alias does around its core call: context, log adapter, error mapping, result lines.</summary>
internal static class AliasRunner
{
    private static readonly string Version =
        typeof(AliasRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";

    /// <summary>
    /// Runs a core call with Cake's log and environment. A PSEC failure becomes a <see cref="CakeException"/>
    /// (sealed in Cake 7) whose message starts with the code and whose inner exception is the core's
    /// <see cref="PullSecretException"/> (with <c>Code</c>).
    /// </summary>
    public static T Run<T>(ICakeContext context, string verb, Func<RunnerContext, CancellationToken, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Log.Verbose("Cake.PullSecretTasks {0}: {1}", Version, verb);
        var runner = new RunnerContext
        {
            Log = new CakeLog(context.Log),
            Environment = RunnerEnvironment.From(context.Environment.GetEnvironmentVariables()),
        };
        // Ctrl+C or SIGTERM during the call stops it cleanly (children killed, what was done reported) and fails the task.
        using var signals = SignalCancellation.Register();
        try
        {
            return run(runner, signals.Token).GetAwaiter().GetResult();
        }
        catch (PullSecretException ex)
        {
            throw Fail(ex);
        }
        catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
        {
            throw Fail(new PullSecretException(ErrorCodes.Cancelled, $"Cancelled by {signals.Signal} before anything was written to the cluster."));
        }
    }

    /// <summary>Logs every failed namespace as an error and throws the first.</summary>
    public static void ThrowIfFailed(ICakeLog log, IReadOnlyList<NamespaceFailure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }
        foreach (var f in failures.Skip(1))
        {
            log.Error("{0}: {1}: {2}", f.Namespace, f.Error.Code, CakeHints.Render(f.Error));
        }
        throw Fail(failures[0].Error);
    }

    /// <summary>Cake prints it as <c>Error: PSEC1003: …</c> and exits with 1.</summary>
    public static CakeException Fail(PullSecretException error) =>
        new(1, $"{error.Code}: {CakeHints.Render(error)}", error) { HelpLink = error.HelpLink };

    /// <summary>What was done, one line per secret and per account (names only, never data).</summary>
    public static void LogSecret(ICakeLog log, SecretOutcome o, IReadOnlyList<string> registries, DryRunMode mode)
    {
        log.Information("{0}", OutcomeText.Secret(o, registries, mode));
        foreach (var link in o.Links)
        {
            LogLink(log, link, mode);
        }
    }

    /// <summary>One line per account.</summary>
    public static void LogLink(ICakeLog log, LinkOutcome l, DryRunMode mode) => log.Information("{0}", OutcomeText.Link(l, mode));
}
