using Cake.Core.Diagnostics;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace Cake.PullSecretTasks;

/// <summary>
/// The core's log on Cake's: detail at verbose, progress at normal, coded warnings at minimal. Messages go
/// through a "{0}" format, so braces in paths or namespaces are printed as they are.
/// </summary>
internal sealed class CakeLog(ICakeLog log) : ILog
{
    public void Verbose(string message) => log.Write(Verbosity.Verbose, LogLevel.Verbose, "{0}", message);

    public void Info(string message) => log.Write(Verbosity.Normal, LogLevel.Information, "{0}", message);

    public void Warn(string code, string message) => log.Write(Verbosity.Minimal, LogLevel.Warning, "warning {0}: {1}", code, message);

    public void Warn(string code, string message, IReadOnlyList<Setting> settings) => Warn(code, global::PullSecretTasks.PullSecretException.Render(message, settings, CakeHints.For));
}
