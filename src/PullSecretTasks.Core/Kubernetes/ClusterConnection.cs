using k8s;

namespace PullSecretTasks.Kubernetes;

/// <summary>An API client for one run, with the server's address for messages.</summary>
internal sealed class ClusterConnection : IDisposable
{
    private ClusterConnection(IKubernetes client, string host)
    {
        Client = client;
        Host = host;
    }

    /// <summary>The API client.</summary>
    public IKubernetes Client { get; }

    /// <summary>The API server URL, for messages.</summary>
    public string Host { get; }

    public static ClusterConnection Open(KubernetesClientConfiguration config, DelegatingHandler[] handlers, TimeSpan timeout)
    {
        // Our own deadline governs retries: a hung call gives up after a third of it, so two more tries fit.
        config.HttpClientTimeout = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, timeout.Ticks / 3));
        config.UserAgent = "pullsecret";
        return new ClusterConnection(new SlimKubernetes(config, handlers), config.Host);
    }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
