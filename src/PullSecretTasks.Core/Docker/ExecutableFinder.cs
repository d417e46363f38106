using PullSecretTasks.Files;

namespace PullSecretTasks.Docker;

/// <summary>Finds a program on the environment's PATH (with PATHEXT on Windows), as exec.LookPath does.</summary>
internal static class ExecutableFinder
{
    public static string? Find(string program, RunnerEnvironment env)
    {
        var dirs = (env.Get("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var extensions = OperatingSystem.IsWindows()
            ? (env.Get("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [""];
        foreach (var dir in dirs)
        {
            foreach (var ext in extensions)
            {
                var candidate = Path.Combine(dir, program + ext);
                // FileStatus follows symbolic links, so a dangling one counts as missing (File.Exists says it is there).
                if (FileStatus.Of(candidate).Kind == FileKind.Regular && IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static bool IsExecutable(string path)
    {
        try
        {
            return OperatingSystem.IsWindows()
                || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable since the stat: not a program we can run.
            return false;
        }
    }
}
