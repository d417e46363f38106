using Cake.Core;
using Cake.Core.IO;
using PullSecretTasks;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks;

/// <summary>What every cluster-facing alias shares: where, through which kubeconfig, how far, how long.</summary>
public abstract class PullSecretClusterSettings
{
    /// <summary>The namespace; null for the kubeconfig context's namespace, else <c>default</c>. Ex: <c>apps</c></summary>
    public string? Namespace { get; set; }

    /// <summary>The kubeconfig file, relative to the working directory; null for KUBECONFIG, ~/.kube/config, then in-cluster.</summary>
    public FilePath? Kubeconfig { get; set; }

    /// <summary>The kubeconfig context; null for the current one. Ex: <c>dev-cluster</c></summary>
    public string? KubeContext { get; set; }

    /// <summary>
    /// <see cref="DryRunMode.None"/> (default) writes; <see cref="DryRunMode.Server"/> sends every write with dryRun=All;
    /// <see cref="DryRunMode.Client"/> builds the secret locally without a cluster (create only).
    /// </summary>
    public DryRunMode DryRun { get; set; }

    /// <summary>The time budget for cluster work, including waits and retries; null for 30 seconds.</summary>
    public TimeSpan? Timeout { get; set; }

    internal IReadOnlyList<string> Namespaces => string.IsNullOrWhiteSpace(Namespace) ? [] : [Namespace];

    internal string? KubeconfigPath(ICakeEnvironment environment) => Kubeconfig?.MakeAbsolute(environment).FullPath;

    internal TimeSpan TimeoutOrDefault => Timeout ?? TimeSpan.FromSeconds(30);

    internal static PullSecretException InvalidOption(string message) => new(ErrorCodes.InvalidOption, message);
}
