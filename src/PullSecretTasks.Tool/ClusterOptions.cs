using System.CommandLine;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Tool;

/// <summary>The options every cluster verb shares (create, link, unlink), named as kubectl names them.</summary>
internal sealed class ClusterOptions
{
    public Option<string[]> Namespaces { get; } = new("--namespace", "-n") { Description = "Namespace (repeatable); default: the kubeconfig context's, else default." };
    public Option<string?> DryRun { get; } = new("--dry-run") { Description = "none (default), client (write nothing) or server (validated, not persisted)." };
    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "Kubeconfig file." };
    public Option<string?> Context { get; } = new("--context") { Description = "Kubeconfig context." };
    public Option<string?> Timeout { get; } = new("--timeout") { Description = "Time budget for the run, e.g. 30s, 2m (default 30s)." };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Say which files are read and what is sent." };

    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[Namespaces, DryRun, Kubeconfig, Context, Timeout, Verbose])
        {
            command.Options.Add(option);
        }
    }

    public IReadOnlyList<string> NamespacesOf(ParseResult parse) => parse.GetValue(Namespaces) ?? [];

    public DryRunMode DryRunOf(ParseResult parse) => OptionText.DryRun(parse.GetValue(DryRun));

    public TimeSpan? TimeoutOf(ParseResult parse) => OptionText.Duration(parse.GetValue(Timeout));
}
