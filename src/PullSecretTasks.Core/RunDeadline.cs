namespace PullSecretTasks;

/// <summary>
/// The one time budget of a run (<c>--timeout</c>, PullSecretTimeout, WithTimeout), started when the run starts:
/// credential helpers, the kubeconfig's exec plugin and the API calls all draw on it, so a run ends within its
/// timeout plus the moment it takes to stop a child process, however the time is spent.
/// </summary>
internal sealed class RunDeadline
{
    private RunDeadline(DateTimeOffset at) => At = at;

    /// <summary>When the run's time is up.</summary>
    public DateTimeOffset At { get; }

    /// <summary>What is left, never below zero.</summary>
    public TimeSpan Remaining => At - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>A deadline <paramref name="budget"/> from now.</summary>
    public static RunDeadline In(TimeSpan budget) => new(DateTimeOffset.UtcNow + budget);

    /// <summary>The time one step may take: its own limit, or what is left of the run when that is shorter.</summary>
    public TimeSpan For(TimeSpan limit) => Remaining < limit ? Remaining : limit;
}
