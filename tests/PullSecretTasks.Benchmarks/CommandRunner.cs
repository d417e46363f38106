using System.Diagnostics;
using System.Globalization;

namespace PullSecretTasks.Benchmarks;

/// <summary>Runs commands as a user's shell would (no output shown) and measures wall time or peak RSS.</summary>
internal static class CommandRunner
{
    /// <summary>Wall time in ms of the commands run one after another; any failure stops the bench.</summary>
    public static double Time(IReadOnlyList<Command> commands)
    {
        var watch = Stopwatch.StartNew();
        foreach (var command in commands)
        {
            Run(command.Program, command.Arguments, command.Environment, command.MayFail);
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The largest peak RSS in MB among the commands, read by GNU time (the package `time`).</summary>
    public static double PeakRssMb(IReadOnlyList<Command> commands)
    {
        var most = 0.0;
        foreach (var command in commands)
        {
            var file = Path.GetTempFileName();
            Run("/usr/bin/time", ["-f", "%M", "-o", file, command.Program, .. command.Arguments], command.Environment, command.MayFail);
            most = Math.Max(most, double.Parse(File.ReadAllText(file).Trim().Split('\n')[^1], CultureInfo.InvariantCulture) / 1024);
            File.Delete(file);
        }
        return most;
    }

    /// <summary>Runs one program and returns its stdout.</summary>
    public static string Run(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, bool mayFail = false)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            psi.Environment[k] = v;
        }
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 && !mayFail)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {p.ExitCode}: {err.Result}{output}");
        }
        return output;
    }
}

/// <summary>One program run with its arguments and environment.</summary>
internal sealed record Command(string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, bool MayFail = false);
