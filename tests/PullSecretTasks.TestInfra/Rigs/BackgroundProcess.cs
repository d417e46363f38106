using System.Diagnostics;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// A long-running child (a registry) whose stdout and stderr go to a log file. Disposing kills it by PID,
/// with its tree, and waits for it, so no daemon outlives the test.
/// </summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock logLock = new();

    private BackgroundProcess(Process process, string logPath)
    {
        this.process = process;
        LogPath = logPath;
        log = new StreamWriter(logPath, append: true) { AutoFlush = true };
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>The log file that receives stdout and stderr.</summary>
    public string LogPath { get; }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Starts <paramref name="fileName"/> in the background.</summary>
    public static BackgroundProcess Start(string fileName, IReadOnlyList<string> arguments, string logPath, ProcessOptions? options = null)
    {
        var startInfo = ProcessRunner.CreateStartInfo(fileName, arguments, options ?? new ProcessOptions());
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var started = new BackgroundProcess(process, logPath);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for the exit and returns its code; null when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM, ...) with the kill command, as a shell or a CI runner would.</summary>
    public Task SignalAsync(string signal) => SignalAsync(Id, signal);

    /// <summary>Sends <paramref name="signal"/> to any process <paramref name="pid"/> (one a child of ours started).</summary>
    public static async Task SignalAsync(int pid, string signal)
    {
        var kill = Prerequisites.Require("kill", "procps (kill)");
        (await ProcessRunner.RunAsync(kill, [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ConfigureAwait(false)).EnsureSuccess();
    }

    /// <summary>The log so far.</summary>
    public string ReadLog()
    {
        lock (logLock)
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        process.Dispose();
        lock (logLock)
        {
            log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (logLock)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line racing with Dispose.
            }
        }
    }
}
