using k8s;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Connects through KubernetesClient the way kubectl would: --kubeconfig, else KUBECONFIG (several files),
/// else ~/.kube/config, else in-cluster configuration when running in a pod; --context or the current
/// context. TLS, tokens, client certificates and exec plugins are whatever KubernetesClient supports.
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    private ClusterConnection(IKubernetes client, string host, string defaultNamespace)
    {
        Client = client;
        Host = host;
        DefaultNamespace = defaultNamespace;
    }

    /// <summary>The API client.</summary>
    public IKubernetes Client { get; }

    /// <summary>The API server URL, for messages.</summary>
    public string Host { get; }

    /// <summary>The context's namespace, else "default".</summary>
    public string DefaultNamespace { get; }

    /// <summary>Opens a connection; PSEC2001 when no configuration can be found or read.</summary>
    public static ClusterConnection Open(string? kubeconfig, string? context, RunnerEnvironment env, TimeSpan timeout)
    {
        KubernetesClientConfiguration config;
        var files = KubeconfigFiles.Find(kubeconfig, env);
        if (files.Count > 0)
        {
            var merged = KubeconfigFiles.Load(files)!;
            if (context is not null && merged.Contexts?.Any(c => c.Name == context) != true)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig context \"{context}\" does not exist. List them with `kubectl config get-contexts`.");
            }
            try
            {
                config = KubernetesClientConfiguration.BuildConfigFromConfigObject(merged, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig {string.Join(", ", files.Select(f => f.FullName))} cannot be used ({ex.GetType().Name}: {ex.Message}). Check it with `kubectl config view`.");
            }
        }
        else if (env.Get("KUBERNETES_SERVICE_HOST") is not null && KubernetesClientConfiguration.IsInCluster())
        {
            config = KubernetesClientConfiguration.InClusterConfig();
        }
        else
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                "No kubeconfig found (KUBECONFIG, ~/.kube/config) and not running in a pod. Log in (oc login / kubectl config), name a kubeconfig (--kubeconfig), or do a client dry run (--dry-run client).");
        }
        // Our own deadline governs retries: a hung call gives up after a third of it, so two more tries fit.
        config.HttpClientTimeout = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, timeout.Ticks / 3));
        config.UserAgent = "pullsecret";
        var ns = string.IsNullOrEmpty(config.Namespace) ? "default" : config.Namespace;
        return new ClusterConnection(new k8s.Kubernetes(config), config.Host, ns);
    }

    /// <summary>For tests: wrap an existing client.</summary>
    public static ClusterConnection FromClient(IKubernetes client, string defaultNamespace = "default") =>
        new(client, client.BaseUri?.ToString() ?? "(test)", defaultNamespace);

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
