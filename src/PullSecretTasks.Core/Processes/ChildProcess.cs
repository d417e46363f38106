using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace PullSecretTasks.Processes;

/// <summary>
/// Runs a credential helper or exec plugin and returns when it exits, not when its pipes close: a child it left in
/// the background holding stdout no longer holds the run up. On Linux the program runs in a process group of its own
/// (setsid(1)), so at the deadline, on cancellation, and after it exits, the whole group is killed and nothing it
/// started outlives the tool. Stderr is drained and dropped: it can hold the secret.
/// </summary>
internal static partial class ChildProcess
{
    // After the program exits, how long its output may still take to arrive through the pipe.
    private static readonly TimeSpan DrainGrace = TimeSpan.FromMilliseconds(250);
    private static readonly string? Setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    public static async Task<(int ExitCode, string Stdout)> RunAsync(ChildCommand command, CancellationToken ct)
    {
        CheckStartable(command.Program);
        var grouped = OperatingSystem.IsLinux() && Setsid is not null;
        var psi = new ProcessStartInfo(grouped ? Setsid! : command.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (grouped)
        {
            psi.ArgumentList.Add(command.Program);
        }
        foreach (var argument in command.Arguments)
        {
            psi.ArgumentList.Add(argument);
        }
        psi.Environment.Clear();
        foreach (var (k, v) in command.Environment)
        {
            psi.Environment[k] = v;
        }
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new ChildProcessException(ChildFailure.CannotStart, "it could not be started");
        }
        catch (Win32Exception ex)
        {
            throw new ChildProcessException(ChildFailure.CannotStart, $"it could not be started ({ex.NativeErrorCode})");
        }
        using (process)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            stop.CancelAfter(command.Timeout);
            var overflow = new Overflow();
            var stdout = ReadCappedAsync(process.StandardOutput, command.MaxOutput, stop, overflow);
            var stderr = DrainAsync(process.StandardError, stop.Token);
            try
            {
                await WriteInputAsync(process, command.StandardInput).ConfigureAwait(false);
                await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
                var output = await stdout.WaitAsync(DrainGrace, stop.Token).ConfigureAwait(false);
                return output is null
                    ? throw new ChildProcessException(ChildFailure.OutputTooLarge, $"it printed more than {command.MaxOutput / 1024} KiB")
                    : (process.ExitCode, output);
            }
            catch (TimeoutException)
            {
                // It exited but something it started still holds stdout open: end that (the group dies, the pipe
                // closes) and stop reading; what arrived before is all there is.
                Kill(process, grouped);
                await stop.CancelAsync().ConfigureAwait(false);
                var partial = await TakeAsync(stdout).ConfigureAwait(false);
                return partial is null
                    ? throw new ChildProcessException(ChildFailure.OutputTooLarge, $"it printed more than {command.MaxOutput / 1024} KiB")
                    : (process.ExitCode, partial);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested && overflow.Happened)
            {
                throw new ChildProcessException(ChildFailure.OutputTooLarge, $"it printed more than {command.MaxOutput / 1024} KiB");
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new ChildProcessException(ChildFailure.TimedOut, $"it did not finish within {command.Timeout.TotalSeconds:0.#} s");
            }
            finally
            {
                Kill(process, grouped);
                await stop.CancelAsync().ConfigureAwait(false);
                _ = stderr;
            }
        }
    }

    // The reader ends at EOF or when stop is cancelled; if the pipe's read ignores cancellation, the killed group's
    // EOF ends it. Either way within the grace.
    private static async Task<string?> TakeAsync(Task<string?> stdout)
    {
        try
        {
            return await stdout.WaitAsync(DrainGrace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return "";
        }
    }

    private static async Task WriteInputAsync(Process process, string? input)
    {
        try
        {
            if (!string.IsNullOrEmpty(input))
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
            }
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It exited without reading stdin; its exit code tells the rest.
        }
    }

    // Set before the reader cancels the wait, so the waiter that wakes up knows why (the reader's task may not have
    // completed yet when the cancelled wait throws).
    private sealed class Overflow
    {
        private volatile bool happened;

        public bool Happened => happened;

        public void Mark() => happened = true;
    }

    private static async Task<string?> ReadCappedAsync(StreamReader reader, int max, CancellationTokenSource stop, Overflow overflow)
    {
        var buffer = new char[8192];
        var sb = new StringBuilder();
        try
        {
            int n;
            while ((n = await reader.ReadAsync(buffer, stop.Token).ConfigureAwait(false)) > 0)
            {
                if (sb.Length + n > max)
                {
                    overflow.Mark();
                    await stop.CancelAsync().ConfigureAwait(false);
                    return null;
                }
                sb.Append(buffer, 0, n);
            }
        }
        catch (OperationCanceledException)
        {
            return sb.Length > max ? null : sb.ToString();
        }
        return sb.ToString();
    }

    private static async Task DrainAsync(StreamReader reader, CancellationToken ct)
    {
        var buffer = new char[4096];
        try
        {
            while (await reader.ReadAsync(buffer, ct).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    private static void Kill(Process process, bool grouped)
    {
        if (grouped)
        {
            // setsid made the program the leader of its own group: its id is the group's.
            _ = KillGroup(-process.Id, 9);
        }
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int KillGroup(int pid, int signal);
}
