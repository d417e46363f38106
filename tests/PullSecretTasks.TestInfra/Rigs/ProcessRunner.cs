using System.Diagnostics;
using System.Text;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>Runs a program to completion and captures its exit code, stdout and stderr.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> (passed as an argv list, no shell).</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ProcessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ProcessOptions();
        var args = arguments.ToList();
        using var process = new Process { StartInfo = CreateStartInfo(fileName, args, options) };
        process.StartInfo.RedirectStandardOutput = true;
        process.StartInfo.RedirectStandardError = true;
        process.StartInfo.RedirectStandardInput = true;

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await WriteStandardInputAsync(process, options.StandardInput).ConfigureAwait(false);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            var partial = new ProcessResult(fileName, args, -1, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), stopwatch.Elapsed);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"Killed after {options.Timeout}.{Environment.NewLine}{partial}");
        }

        return new ProcessResult(fileName, args, process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), stopwatch.Elapsed);
    }

    /// <summary>Builds the start info shared by <see cref="RunAsync"/> and <see cref="BackgroundProcess"/>.</summary>
    internal static ProcessStartInfo CreateStartInfo(string fileName, IReadOnlyList<string> arguments, ProcessOptions options)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (options.WorkingDirectory is not null)
        {
            startInfo.WorkingDirectory = options.WorkingDirectory;
        }

        if (options.CleanEnvironment)
        {
            startInfo.Environment.Clear();
        }

        foreach (var (name, value) in options.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }

    private static async Task WriteStandardInputAsync(Process process, string? text)
    {
        try
        {
            if (text is not null)
            {
                // No trailing newline: credential helpers read the server URL verbatim.
                await process.StandardInput.WriteAsync(text).ConfigureAwait(false);
                await process.StandardInput.FlushAsync().ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child exited without reading stdin; its exit code tells the story.
        }
    }
}
