using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks.Tool;

/// <summary>Human messages go to stderr, so stdout stays clean for -o json|yaml|name.</summary>
internal sealed class ConsoleLog(TextWriter error, bool verbose) : ILog
{
    public void Verbose(string message)
    {
        if (verbose)
        {
            error.WriteLine(message);
        }
    }

    public void Info(string message) => error.WriteLine(message);

    public void Warn(string code, string message) => error.WriteLine($"warning {code}: {message}");

    public void Warn(string code, string message, IReadOnlyList<Setting> settings) => Warn(code, PullSecretException.Render(message, settings, CliHints.For));
}
