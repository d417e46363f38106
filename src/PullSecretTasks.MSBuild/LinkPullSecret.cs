using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.MSBuild;

/// <summary>Links existing secrets to a service account in each namespace, as <c>oc secrets link</c>.</summary>
public class LinkPullSecret : PullSecretClusterTask
{
    /// <summary>The service account. Ex: <c>builder</c></summary>
    [Required] public string ServiceAccount { get; set; } = "";

    /// <summary>The secrets. Ex: <c>app-pull</c></summary>
    [Required] public string[] Secrets { get; set; } = [];

    /// <summary>Namespaces; empty means the kubeconfig context's, else <c>default</c>. Ex: <c>apps</c></summary>
    public string[] Namespaces { get; set; } = [];

    /// <summary>Which lists to add to; empty means mount, as <c>oc secrets link</c>. Ex: <c>pull;mount</c></summary>
    public string? For { get; set; }

    /// <summary>One item per namespace: the account, with metadata Namespace, Action (Linked, Unlinked, Unchanged),
    /// ImagePullSecrets and Secrets (the names added or removed) and DryRun.</summary>
    [Output] public ITaskItem[] Links { get; private set; } = [];

    /// <summary>Whether this is an unlink.</summary>
    private protected virtual bool Unlink => false;

    /// <inheritdoc />
    protected override void Run()
    {
        var request = new LinkRequest
        {
            ServiceAccount = ServiceAccount.Trim(),
            Secrets = OptionText.List(Secrets),
            Namespaces = OptionText.List(Namespaces),
            For = Unlink ? LinkFor.None : OptionText.For(For),
            DryRun = DryRunMode,
            Kubeconfig = KubeconfigPath,
            Context = ContextName,
            Timeout = TimeoutSpan,
        };
        var result = (Unlink ? PullSecretRunner.UnlinkAsync(request, Context, CancellationToken)
            : PullSecretRunner.LinkAsync(request, Context, CancellationToken)).GetAwaiter().GetResult();
        Links = result.Links.Select(l => (ITaskItem)new TaskItem(l.ServiceAccount, new Dictionary<string, string>
        {
            ["Namespace"] = l.Namespace,
            ["Action"] = l.Action.ToString(),
            ["ImagePullSecrets"] = string.Join(';', l.ImagePullSecrets),
            ["Secrets"] = string.Join(';', l.Secrets),
            ["DryRun"] = l.DryRun ? "true" : "false",
        })).ToArray();
        foreach (var link in result.Links)
        {
            LogOutcome(OutcomeText.Link(link, request.DryRun));
        }
        LogFailures(result.Failures);
    }
}
