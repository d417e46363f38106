using System.Text;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>What a finished child process left behind.</summary>
/// <param name="FileName">The program that ran.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to stdout.</param>
/// <param name="StandardError">Everything it wrote to stderr.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record ProcessResult(
    string FileName,
    IReadOnlyList<string> Arguments,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    TimeSpan Elapsed)
{
    /// <summary>stdout followed by stderr, for "never contains" assertions.</summary>
    public string CombinedOutput => StandardOutput + "\n" + StandardError;

    /// <summary>Throws with the full output unless the exit code is 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"Expected exit code 0.{Environment.NewLine}{this}");
        }

        return this;
    }

    /// <summary>A diagnostic dump. Rig passwords are test values; real secrets never reach these processes.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("$ ").Append(FileName).Append(' ').AppendJoin(' ', Arguments).AppendLine();
        text.Append("exit code ").Append(ExitCode).Append(" after ").Append(Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(" ms");
        text.AppendLine("--- stdout ---").AppendLine(StandardOutput);
        text.AppendLine("--- stderr ---").Append(StandardError);
        return text.ToString();
    }
}
