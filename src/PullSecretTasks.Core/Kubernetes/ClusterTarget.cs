using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// The kubeconfig of one run, read once, as kubectl's clientcmd decides: the files (--kubeconfig alone, else every
/// file in KUBECONFIG merged, else ~/.kube/config), the context (named, else current-context), and the namespace a
/// command without one uses (the context's, else "default"); in a pod without a kubeconfig, the pod's service account.
/// Reading runs nothing: exec plugins and the network wait for <see cref="ConnectAsync"/>, so a client dry run never
/// touches them.
/// </summary>
internal sealed class ClusterTarget
{
    private const string ServiceAccountDir = "/var/run/secrets/kubernetes.io/serviceaccount";

    private readonly IReadOnlyList<string> files;
    private readonly KubeconfigDocument? config;
    private readonly string? context;

    private ClusterTarget(IReadOnlyList<string> files, KubeconfigDocument? config, string? context, string defaultNamespace)
    {
        this.files = files;
        this.config = config;
        this.context = context;
        DefaultNamespace = defaultNamespace;
    }

    /// <summary>The namespace for requests that name none.</summary>
    public string DefaultNamespace { get; }

    /// <summary>Reads the kubeconfig; PSEC2001 when a named file or context does not exist or a file cannot be read.</summary>
    public static ClusterTarget Load(string? kubeconfig, string? context, RunnerEnvironment env)
    {
        var files = KubeconfigFiles.Find(kubeconfig, env);
        var config = KubeconfigFiles.Load(files) ?? InCluster(env);
        if (config is null)
        {
            return context is null
                ? new ClusterTarget(files, null, null, Defaults.Namespace)
                : throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig context \"{context}\" does not exist: no kubeconfig was found (KUBECONFIG, ~/.kube/config). Name the kubeconfig.", Setting.Kubeconfig);
        }
        var name = context ?? config.CurrentContext;
        var found = string.IsNullOrEmpty(name) ? null : config.Contexts.FirstOrDefault(c => c.Name == name);
        if (found is null && context is not null)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig context \"{context}\" does not exist in {Describe(files)}. List them with `kubectl config get-contexts`, and pick one.", Setting.KubeContext);
        }
        var ns = found?.Value.Namespace;
        return new ClusterTarget(files, config, name, string.IsNullOrEmpty(ns) ? Defaults.Namespace : ns);
    }

    /// <summary>Fails with PSEC2001 unless there is a kubeconfig or an in-cluster service account.</summary>
    public void EnsureConnectable()
    {
        if (config is null)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                "No kubeconfig found (KUBECONFIG, ~/.kube/config) and not running in a pod. Log in (oc login, or kubectl config), name a kubeconfig, or do a client dry run.",
                Setting.Kubeconfig, Setting.DryRun);
        }
    }

    /// <summary>Builds the API client (running an exec plugin if the user has one); PSEC2001/PSEC2014 when it cannot.</summary>
    public async Task<ClusterConnection> ConnectAsync(RunnerContext run, RunDeadline deadline, TimeSpan timeout, CancellationToken ct)
    {
        EnsureConnectable();
        var where = Describe(files);
        var document = config!;
        if (string.IsNullOrEmpty(context))
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {where} has no current context. Pick a context.", Setting.KubeContext);
        }
        var chosen = document.Contexts.FirstOrDefault(c => c.Name == context)
            ?? throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig {where} has current-context \"{context}\", which it does not define. Pick a context that exists (`kubectl config get-contexts`).", Setting.KubeContext);
        var details = chosen.Value;
        var cluster = document.Clusters.FirstOrDefault(c => c.Name == details.Cluster)
            ?? throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig context \"{chosen.Name}\" names cluster \"{details.Cluster}\", which {where} does not define. Check it with `kubectl config view`.", Setting.KubeContext);
        var user = string.IsNullOrEmpty(details.User) ? null : document.Users.FirstOrDefault(u => u.Name == details.User)
            ?? throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig context \"{chosen.Name}\" names user \"{details.User}\", which {where} does not define. Check it with `kubectl config view`.", Setting.KubeContext);
        var (client, handlers) = await ClientFactory.CreateAsync(cluster, user, run.Environment, run.ExclusiveProcess, deadline.Remaining, ct).ConfigureAwait(false);
        return ClusterConnection.Open(client, handlers, timeout);
    }

    // rest.InClusterConfig: the service host and port, the pod's token file and CA (k8s.io/client-go rest/config.go).
    private static KubeconfigDocument? InCluster(RunnerEnvironment env)
    {
        if (env.Get("KUBERNETES_SERVICE_HOST") is not { } host || env.Get("KUBERNETES_SERVICE_PORT") is not { } port
            || !File.Exists(Path.Combine(ServiceAccountDir, "token")))
        {
            return null;
        }
        var server = $"https://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";
        var ns = File.Exists(Path.Combine(ServiceAccountDir, "namespace")) ? File.ReadAllText(Path.Combine(ServiceAccountDir, "namespace")).Trim() : "";
        const string file = "(in-cluster service account)";
        return new KubeconfigDocument(file, "in-cluster",
            [new KubeNamed<KubeCluster>("in-cluster", new KubeCluster(server, Path.Combine(ServiceAccountDir, "ca.crt"), null, false, null, null), file)],
            [new KubeNamed<KubeUser>("in-cluster", new KubeUser(null, Path.Combine(ServiceAccountDir, "token"), null, null, null, null, null, null, null, [],
                new Dictionary<string, IReadOnlyList<string>>(), null, null), file)],
            [new KubeNamed<KubeContext>("in-cluster", new KubeContext("in-cluster", "in-cluster", ns.Length > 0 ? ns : null), file)]);
    }

    private static string Describe(IReadOnlyList<string> files) => files.Count == 0 ? "(in-cluster service account)" : string.Join(", ", files);
}
