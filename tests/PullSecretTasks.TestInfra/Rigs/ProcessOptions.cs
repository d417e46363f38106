namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>How <see cref="ProcessRunner"/> starts a child process.</summary>
public sealed class ProcessOptions
{
    /// <summary>Text written to stdin, then stdin is closed. Null closes stdin at once.</summary>
    public string? StandardInput { get; init; }

    /// <summary>
    /// Variables to set (non-null value) or remove (null value) on top of the base environment.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Start from an empty environment instead of the test host's, so that the host's HOME, DOCKER_CONFIG or
    /// REGISTRY_AUTH_FILE can never leak into what the child reads. Only <see cref="Environment"/> is set then.
    /// </summary>
    public bool CleanEnvironment { get; init; }

    /// <summary>The working directory; null inherits the test host's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Killed (whole tree) after this long; the run then throws <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
