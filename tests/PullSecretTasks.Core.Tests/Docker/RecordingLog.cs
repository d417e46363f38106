using PullSecretTasks.Logging;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>Keeps every message the core logs.</summary>
internal sealed class RecordingLog : ILog
{
    public List<(string Code, string Message)> Warnings { get; } = [];

    public List<string> Messages { get; } = [];

    public IEnumerable<string> All => Messages.Concat(Warnings.Select(w => $"{w.Code} {w.Message}"));

    public void Verbose(string message) => Messages.Add(message);

    public void Info(string message) => Messages.Add(message);

    public void Warn(string code, string message) => Warnings.Add((code, message));
}
