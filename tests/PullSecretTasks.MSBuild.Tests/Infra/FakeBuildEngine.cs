using System.Collections;
using Microsoft.Build.Framework;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>An <see cref="IBuildEngine"/> that keeps what a task logs.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    /// <summary>Every message, warning and error text, for "never contains" assertions.</summary>
    public string AllText => string.Join('\n',
        Messages.Select(m => m.Message).Concat(Warnings.Select(w => $"{w.Code} {w.Message}")).Concat(Errors.Select(e => $"{e.Code} {e.Message}")));

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}
