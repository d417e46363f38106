using Cake.Core;
using Cake.Core.IO;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks;

/// <summary>What every cluster-facing alias shares: where, through which kubeconfig, how far, how long.</summary>
public abstract class PullSecretClusterSettings
{
    /// <summary>The namespaces; empty for the kubeconfig context's namespace, else <c>default</c>. Ex: <c>apps</c></summary>
    public IList<string> Namespaces { get; } = [];

    /// <summary>The kubeconfig file, relative to the working directory; null for KUBECONFIG, ~/.kube/config, then in-cluster.</summary>
    public FilePath? Kubeconfig { get; set; }

    /// <summary>The kubeconfig context; null for the current one. Ex: <c>dev-cluster</c></summary>
    public string? KubeContext { get; set; }

    /// <summary>
    /// <see cref="DryRunMode.None"/> (default) writes; <see cref="DryRunMode.Server"/> sends every write with dryRun=All;
    /// <see cref="DryRunMode.Client"/> writes nothing: create builds the secret locally without a cluster, link and unlink
    /// read the account and report what they would change.
    /// </summary>
    public DryRunMode DryRun { get; set; }

    /// <summary>The time budget for the run, including waits and retries; null for the default (30 seconds).</summary>
    public TimeSpan? Timeout { get; set; }

    internal string? KubeconfigPath(ICakeEnvironment environment) => Kubeconfig?.MakeAbsolute(environment).FullPath;

}
