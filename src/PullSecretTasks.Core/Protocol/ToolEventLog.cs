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
        ArgumentNullException.ThrowIfNull(result);
        foreach (var s in result.Secrets)
        {
            var lines = s.Links.Select(l => OutcomeText.Link(l, mode)).Prepend(OutcomeText.Secret(s, result.Registries, mode)).ToList();
            Write(new ToolEvent("secret", Secret: new SecretLine(s.Secret.Name, s.Secret.Namespace, s.Secret.Type, s.Action.ToString(), s.DryRun,
                result.Registries, s.Links.Select(l => l.ServiceAccount).ToList(), lines)));
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
