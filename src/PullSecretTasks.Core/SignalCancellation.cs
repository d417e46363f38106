using System.Runtime.InteropServices;

namespace PullSecretTasks;

/// <summary>
/// While it lives, Ctrl+C (SIGINT) and SIGTERM cancel the run instead of ending the process: the core stops where it
/// is, kills the credential helpers and exec plugins it started, and the front end says what was done (the CLI then
/// exits 130 or 143, as shells expect of a process ended by that signal: 128 + its number). A second signal ends the
/// process at once. MSBuild needs none: it cancels tasks itself (ICancelableTask.Cancel).
/// </summary>
public sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private int exitCode;

    private SignalCancellation()
    {
        foreach (var (signal, code) in (ReadOnlySpan<(PosixSignal, int)>)[(PosixSignal.SIGINT, 130), (PosixSignal.SIGTERM, 143)])
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // The first signal cancels; a second one is left to the runtime, which ends the process.
                context.Cancel = Interlocked.CompareExchange(ref exitCode, code, 0) == 0;
                cancellation.Cancel();
            }));
        }
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => cancellation.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM; 1 when no signal came (cancelled otherwise).</summary>
    public int ExitCode => Volatile.Read(ref exitCode) is var code and not 0 ? code : 1;

    /// <summary>Which signal came, for the message; null when none did.</summary>
    public string? Signal => Volatile.Read(ref exitCode) switch
    {
        130 => "SIGINT",
        143 => "SIGTERM",
        _ => null,
    };

    /// <summary>Starts listening for the signals, until disposed.</summary>
    public static SignalCancellation Register() => new();

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
        cancellation.Dispose();
    }
}
