using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks.MSBuild;

/// <summary>The core's log on top of the task's: verbose at low importance, warnings with their PSEC code and help link.</summary>
internal sealed class TaskLog(TaskLoggingHelper log) : ILog
{
    public void Verbose(string message) => log.LogMessage(MessageImportance.Low, "{0}", message);

    public void Info(string message) => log.LogMessage(MessageImportance.Normal, "{0}", message);

    public void Warn(string code, string message) =>
        log.LogWarning(null, code, null, ErrorCodes.HelpLink(code), null, 0, 0, 0, 0, "{0}", message);

    public void Warn(string code, string message, IReadOnlyList<Setting> settings) => Warn(code, PullSecretException.Render(message, settings, TaskHints.For));
}
