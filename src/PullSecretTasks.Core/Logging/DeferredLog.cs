namespace PullSecretTasks.Logging;

/// <summary>
/// Holds the lines of work done concurrently (one registry check each) and replays them in a fixed order, so a
/// front end's log is only ever written from one thread at a time and the output reads the same on every run.
/// </summary>
internal sealed class DeferredLog : ILog
{
    private readonly List<Action<ILog>> lines = [];

    public void Verbose(string message) => Add(log => log.Verbose(message));

    public void Info(string message) => Add(log => log.Info(message));

    public void Warn(string code, string message) => Add(log => log.Warn(code, message));

    public void Warn(string code, string message, IReadOnlyList<Options.Setting> settings) => Add(log => log.Warn(code, message, settings));

    /// <summary>Writes every line held, in the order they came.</summary>
    public void ReplayTo(ILog log)
    {
        lock (lines)
        {
            foreach (var line in lines)
            {
                line(log);
            }
            lines.Clear();
        }
    }

    private void Add(Action<ILog> line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
    }
}
