using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.MSBuild;

/// <summary>The parameters every task that talks to the cluster shares; text, parsed by the core as the CLI's options are.</summary>
public abstract class PullSecretClusterTask : PullSecretTask
{
    /// <summary>Kubeconfig file; empty means KUBECONFIG, then ~/.kube/config, then in-cluster. Ex: <c>$(HOME)/.kube/ci.yaml</c></summary>
    public string? Kubeconfig { get; set; }

    /// <summary>Kubeconfig context; empty means its current-context. Ex: <c>ci-cluster</c></summary>
    public string? KubeContext { get; set; }

    /// <summary>Time budget for the run, including retries and waiting for accounts, as the CLI's --timeout; default 30s. Ex: <c>2m</c></summary>
    public string? Timeout { get; set; }

    /// <summary><c>false</c> (default), <c>client</c> (write nothing) or <c>server</c> (validated, not persisted).</summary>
    public string? DryRun { get; set; }

    /// <summary>The parsed dry-run mode.</summary>
    protected DryRunMode DryRunMode => OptionText.DryRun(DryRun);

    /// <summary>The parsed time budget; null for the default.</summary>
    protected TimeSpan? TimeoutSpan => OptionText.Duration(Timeout);

    /// <summary>The kubeconfig path, or null.</summary>
    protected string? KubeconfigPath => string.IsNullOrWhiteSpace(Kubeconfig) ? null : Kubeconfig;

    /// <summary>The context, or null.</summary>
    protected string? ContextName => string.IsNullOrWhiteSpace(KubeContext) ? null : KubeContext;
}
