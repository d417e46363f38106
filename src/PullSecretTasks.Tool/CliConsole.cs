namespace PullSecretTasks.Tool;

/// <summary>The CLI's streams and environment, so tests can run it in-process.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TextReader input, RunnerEnvironment environment, bool exclusiveProcess = false)
{
    /// <summary>Whether this is the pullsecret process itself (not a test host): see <see cref="RunnerContext.ExclusiveProcess"/>.</summary>
    public bool ExclusiveProcess { get; } = exclusiveProcess;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader In { get; } = input;

    public RunnerEnvironment Environment { get; } = environment;

    /// <summary>The signals that cancel the run (the pullsecret process); null in a test host.</summary>
    public SignalCancellation? Signals { get; init; }

    /// <summary>Cancelled by SIGINT or SIGTERM.</summary>
    public CancellationToken Cancellation => Signals?.Token ?? CancellationToken.None;

    /// <summary>The exit code of a cancelled run: 130 (SIGINT), 143 (SIGTERM), else 1.</summary>
    public int CancelledExitCode => Signals?.ExitCode ?? 1;
}
