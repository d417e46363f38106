using k8s;
using k8s.KubeConfigModels;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// The kubeconfig of one run, read once, as kubectl's clientcmd decides: the files (--kubeconfig alone, else every
/// file in KUBECONFIG merged, else ~/.kube/config), the context (named, else current-context), and the namespace a
/// command without one uses (the context's, else "default"). Reading runs nothing: exec plugins and the network
/// wait for <see cref="Connect"/>, so a client dry run never touches them.
/// </summary>
internal sealed class ClusterTarget
{
    private const string InClusterNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    private readonly IReadOnlyList<FileInfo> files;
    private readonly K8SConfiguration? config;
    private readonly string? context;
    private readonly bool inCluster;

    private ClusterTarget(IReadOnlyList<FileInfo> files, K8SConfiguration? config, string? context, bool inCluster, string defaultNamespace)
    {
        this.files = files;
        this.config = config;
        this.context = context;
        this.inCluster = inCluster;
        DefaultNamespace = defaultNamespace;
    }

    /// <summary>The namespace for requests that name none.</summary>
    public string DefaultNamespace { get; }

    /// <summary>Whether <see cref="Connect"/> has something to connect with.</summary>
    public bool CanConnect => config is not null || inCluster;

    /// <summary>Reads the kubeconfig; PSEC2001 when a named file or context does not exist or a file cannot be parsed.</summary>
    public static ClusterTarget Load(string? kubeconfig, string? context, RunnerEnvironment env)
    {
        var files = KubeconfigFiles.Find(kubeconfig, env);
        var config = KubeconfigFiles.Load(files);
        if (config is null)
        {
            if (context is not null)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig context \"{context}\" does not exist: no kubeconfig was found (KUBECONFIG, ~/.kube/config). Name the kubeconfig.", Setting.Kubeconfig);
            }
            // In a pod, clientcmd's in-cluster config reads the namespace of the pod's service account.
            var inCluster = env.Get("KUBERNETES_SERVICE_HOST") is not null && KubernetesClientConfiguration.IsInCluster();
            var ns = inCluster && File.Exists(InClusterNamespaceFile) ? File.ReadAllText(InClusterNamespaceFile).Trim() : "";
            return new ClusterTarget(files, null, null, inCluster, ns.Length > 0 ? ns : Defaults.Namespace);
        }
        var name = context ?? config.CurrentContext;
        var found = string.IsNullOrEmpty(name) ? null : config.Contexts?.FirstOrDefault(c => c.Name == name);
        if (found is null && context is not null)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig context \"{context}\" does not exist in {Describe(files)}. List them with `kubectl config get-contexts`, and pick one.", Setting.KubeContext);
        }
        var contextNamespace = found?.ContextDetails?.Namespace;
        return new ClusterTarget(files, config, name, false, string.IsNullOrEmpty(contextNamespace) ? Defaults.Namespace : contextNamespace);
    }

    /// <summary>Fails with PSEC2001 unless there is a kubeconfig or an in-cluster service account.</summary>
    public void EnsureConnectable()
    {
        if (!CanConnect)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                "No kubeconfig found (KUBECONFIG, ~/.kube/config) and not running in a pod. Log in (oc login, or kubectl config), name a kubeconfig, or do a client dry run.",
                Setting.Kubeconfig, Setting.DryRun);
        }
    }

    /// <summary>Builds the API client; PSEC2001 when the configuration cannot be used.</summary>
    public ClusterConnection Connect(TimeSpan timeout)
    {
        EnsureConnectable();
        KubernetesClientConfiguration client;
        if (config is null)
        {
            client = KubernetesClientConfiguration.InClusterConfig();
        }
        else if (string.IsNullOrEmpty(context))
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig {Describe(files)} has no current context. Pick a context.", Setting.KubeContext);
        }
        else
        {
            try
            {
                client = KubernetesClientConfiguration.BuildConfigFromConfigObject(config, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig {Describe(files)} cannot be used ({ex.GetType().Name}: {ex.Message}). Check it with `kubectl config view`.");
            }
        }
        return ClusterConnection.Open(client, timeout);
    }

    private static string Describe(IReadOnlyList<FileInfo> files) => string.Join(", ", files.Select(f => f.FullName));
}
