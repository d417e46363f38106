namespace PullSecretTasks.Logging;

/// <summary>
/// What the core says while it works. Each front end adapts it (MSBuild task log, Cake log, stderr).
/// Callers pass registry names, paths, secret names and namespaces only, never credential material.
/// </summary>
public interface ILog
{
    /// <summary>Detail for --verbose / low importance.</summary>
    void Verbose(string message);

    /// <summary>Normal progress.</summary>
    void Info(string message);

    /// <summary>A coded warning.</summary>
    void Warn(string code, string message);
}
