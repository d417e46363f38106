using Microsoft.Build.Framework;
using PullSecretTasks.Results;

namespace PullSecretTasks.MSBuild;

/// <summary>
/// What the four tasks share: cancellation and one error policy. A <see cref="PullSecretException"/> or a failed
/// namespace becomes an error with its PSEC code and help link, its hint in MSBuild's words; anything else is a
/// bug, reported as PSEC9999 with its stack trace at low importance. Messages never contain credentials.
/// </summary>
public abstract class PullSecretTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource cancellation = new();

    /// <summary>The cancellation token MSBuild trips on Ctrl+C.</summary>
    protected CancellationToken CancellationToken => cancellation.Token;

    /// <summary>What the core reads: the process environment, which is the build's.</summary>
    internal RunnerContext Context => new() { Log = new TaskLog(Log) };

    /// <inheritdoc />
    public void Cancel() => cancellation.Cancel();

    /// <inheritdoc />
    public sealed override bool Execute()
    {
        try
        {
            Run();
        }
        catch (PullSecretException ex)
        {
            LogError(ex);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            LogError(new PullSecretException(ErrorCodes.Cancelled, "Cancelled before anything was written to the cluster."));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not an expected failure: one coded line, the stack trace at low importance (as the CLI's --verbose).
            // The type and message come from .NET or KubernetesClient, never from credential data.
            LogError(new PullSecretException(ErrorCodes.Unexpected, $"Unexpected {ex.GetType().Name}: {ex.Message} Please report it."));
            Log.LogMessage(MessageImportance.Low, "{0}", ex.ToString());
        }
        return !Log.HasLoggedErrors;
    }

    /// <summary>Maps the parameters to a core request, runs it and sets the outputs.</summary>
    protected abstract void Run();

    /// <summary>What was done, at high importance: shown at normal verbosity, like the SDK's "Pushed image" line.</summary>
    protected void LogOutcome(string sentence) => Log.LogMessage(MessageImportance.High, "{0}", sentence);

    /// <summary>Logs one error per failed namespace.</summary>
    protected void LogFailures(IEnumerable<NamespaceFailure> failures)
    {
        foreach (var failure in failures)
        {
            LogError(failure.Error);
        }
    }

    /// <summary>Logs one coded error, its hint in MSBuild's words.</summary>
    protected void LogError(PullSecretException ex) =>
        Log.LogError(null, ex.Code, null, ex.HelpLink, null, 0, 0, 0, 0, "{0}", TaskHints.Render(ex));
}
