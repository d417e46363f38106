using System.Text;
using PullSecretTasks.Files;

namespace PullSecretTasks.Processes;

/// <summary>What exec would refuse, found before spawning.</summary>
internal static partial class ChildProcess
{
    // Fail before spawning for what exec would refuse, so the caller can say "cannot be started" rather than relay
    // whatever exit code setsid(1) reports for a program it could not run.
    private static void CheckStartable(string program)
    {
        var (kind, _) = FileStatus.Of(program);
        if (kind != FileKind.Regular)
        {
            throw new ChildProcessException(ChildFailure.CannotStart, kind == FileKind.Missing ? "the file does not exist" : "it is not a regular file");
        }
        if (!OperatingSystem.IsWindows())
        {
            if ((File.GetUnixFileMode(program) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) == 0)
            {
                throw new ChildProcessException(ChildFailure.CannotStart, "it is not executable");
            }
            if (Interpreter(program) is { } interpreter && FileStatus.Of(interpreter).Kind != FileKind.Regular)
            {
                throw new ChildProcessException(ChildFailure.CannotStart, $"its interpreter {interpreter} does not exist");
            }
        }
    }

    private static string? Interpreter(string program)
    {
        try
        {
            using var stream = File.OpenRead(program);
            var head = new byte[256];
            var n = stream.Read(head);
            if (n < 3 || head[0] != '#' || head[1] != '!')
            {
                return null;
            }
            var line = Encoding.UTF8.GetString(head, 2, n - 2).Split('\n')[0].Trim();
            var path = line.Split(' ', '\t')[0];
            return path.Length > 0 ? path : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
