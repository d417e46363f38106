using System.Collections.Concurrent;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// Finds the external programs the real-component tests drive. A missing program fails the test with the
/// Debian package to install: a skipped or silently passing end-to-end test hides a broken CI leg.
/// </summary>
public static class Prerequisites
{
    private static readonly ConcurrentDictionary<string, string?> Found = new(StringComparer.Ordinal);

    /// <summary>Returns the full path of <paramref name="program"/> on PATH, or throws naming the install command.</summary>
    /// <param name="program">Executable name, e.g. <c>docker-registry</c>.</param>
    /// <param name="installHint">How to get it, e.g. <c>apt-get install docker-registry</c>.</param>
    public static string Require(string program, string installHint)
    {
        var path = Found.GetOrAdd(program, FindOnPath);
        return path ?? throw new PrerequisiteMissingException(
            $"The end-to-end tests need '{program}', which is not on PATH. Install it with: {installHint}");
    }

    /// <summary>Returns the full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Find(string program) => Found.GetOrAdd(program, FindOnPath);

    /// <summary>The PATH the tests hand to child processes: the directories of the host's PATH that exist.</summary>
    public static string HostPath => Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";

    private static string? FindOnPath(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var dir in HostPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
