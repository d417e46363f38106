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

    /// <summary>
    /// A coded warning with the settings that address it, which a front end names in its own words (as
    /// <see cref="PullSecretException.Render(string, IReadOnlyList{Options.Setting}, Func{Options.Setting, string})"/> does for errors); by default the message alone.
    /// </summary>
    void Warn(string code, string message, IReadOnlyList<Options.Setting> settings) => Warn(code, message);
}
