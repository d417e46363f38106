using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.Protocol;

/// <summary>Writes the core's log, errors and secrets as <see cref="ToolEvent"/> lines (the CLI's <c>--events</c>).</summary>
/// <param name="output">Where the lines go (stdout).</param>
public sealed class ToolEventLog(TextWriter output) : ILog
{
    private readonly Lock gate = new();

    /// <inheritdoc />
    public void Verbose(string message) => Write(new ToolEvent("verbose", message));

    /// <inheritdoc />
    public void Info(string message) => Write(new ToolEvent("info", message));

    /// <inheritdoc />
    public void Warn(string code, string message) => Write(new ToolEvent("warning", message, code));

    /// <inheritdoc />
    public void Warn(string code, string message, IReadOnlyList<Setting> settings) => Write(new ToolEvent("warning", message, code, settings));

    /// <summary>A failure, with its settings for the reader to name.</summary>
    public void Error(PullSecretException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Write(new ToolEvent("error", error.Message, error.Code, error.Settings));
    }

    /// <summary>One event per secret written, with the outcome sentences of the secret and its links.</summary>
    public void Secrets(CreateResult result, DryRunMode mode)
    {
        foreach (var line in SecretLine.From(result, mode))
        {
            Write(new ToolEvent("secret", Secret: line));
        }
    }

    private void Write(ToolEvent e)
    {
        lock (gate)
        {
            output.WriteLine(e.ToJson());
            output.Flush();
        }
    }
}
