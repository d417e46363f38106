using System.Collections;
using System.Runtime.InteropServices;

namespace PullSecretTasks;

/// <summary>
/// The environment the core reads (HOME, DOCKER_CONFIG, REGISTRY_AUTH_FILE, XDG_*, PATH) and hands to
/// credential helpers. Front ends pass their own (Cake has one per context); tests pass a controlled one.
/// </summary>
public sealed partial class RunnerEnvironment
{
    private readonly Dictionary<string, string> variables;

    private readonly string? fallbackHome;

    private RunnerEnvironment(Dictionary<string, string> variables, uint? userId, string? fallbackHome)
    {
        this.variables = variables;
        UserId = userId;
        this.fallbackHome = fallbackHome;
    }

    /// <summary>The effective user id, for podman's /run/containers/UID/auth.json; null where unknown.</summary>
    public uint? UserId { get; }

    /// <summary>All variables, as a child process should see them.</summary>
    public IReadOnlyDictionary<string, string> Variables => variables;

    /// <summary>The current process environment.</summary>
    public static RunnerEnvironment FromProcess()
    {
        var vars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string k && e.Value is string v)
            {
                vars[k] = v;
            }
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new RunnerEnvironment(vars, CurrentUserId(), home.Length == 0 ? null : home);
    }

    /// <summary>An explicit set of variables (tests, Cake).</summary>
    public static RunnerEnvironment From(IEnumerable<KeyValuePair<string, string>> variables, uint? userId = null) =>
        new(variables.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), userId ?? CurrentUserId(), null);

    /// <summary>A variable's value, or null when unset or empty.</summary>
    public string? Get(string name) =>
        variables.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    /// <summary>
    /// The home folder: HOME (USERPROFILE on Windows); for the process environment, else the OS's idea of it,
    /// as docker's config.Dir() does. An explicit environment never falls back to the real home.
    /// </summary>
    public string? Home => Get(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME") ?? fallbackHome;

    private static uint? CurrentUserId() => OperatingSystem.IsWindows() ? null : GetEuid();

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();
}
