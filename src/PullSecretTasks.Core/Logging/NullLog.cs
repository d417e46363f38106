namespace PullSecretTasks.Logging;

/// <summary>Discards everything.</summary>
public sealed class NullLog : ILog
{
    /// <summary>The shared instance.</summary>
    public static readonly NullLog Instance = new();

    /// <inheritdoc />
    public void Verbose(string message) { }

    /// <inheritdoc />
    public void Info(string message) { }

    /// <inheritdoc />
    public void Warn(string code, string message) { }
}
