using Microsoft.Build.Framework;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>An in-process MSBuild logger that keeps errors, warnings, messages and the order targets ran in.</summary>
internal sealed class CapturingLogger : ILogger
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    /// <summary>Targets that ran (not skipped), in the order they finished.</summary>
    public List<string> TargetsRun { get; } = [];

    /// <summary>Every task that started, in order.</summary>
    public List<string> TasksStarted { get; } = [];

    public LoggerVerbosity Verbosity { get; set; } = LoggerVerbosity.Diagnostic;

    public string? Parameters { get; set; }

    /// <summary>Everything logged, for "never contains" assertions and failure messages.</summary>
    public string AllText => string.Join('\n',
        Messages.Select(m => m.Message).Concat(Warnings.Select(w => $"warning {w.Code}: {w.Message}")).Concat(Errors.Select(e => $"error {e.Code}: {e.Message}")));

    public void Initialize(IEventSource eventSource)
    {
        eventSource.ErrorRaised += (_, e) => Errors.Add(e);
        eventSource.WarningRaised += (_, e) => Warnings.Add(e);
        eventSource.MessageRaised += (_, e) => Messages.Add(e);
        eventSource.TaskStarted += (_, e) => TasksStarted.Add(e.TaskName);
        eventSource.TargetFinished += (_, e) => TargetsRun.Add(e.TargetName);
    }

    public void Shutdown()
    {
    }
}
