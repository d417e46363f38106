namespace PullSecretTasks.Kubernetes;

/// <summary>
/// One kubeconfig file with the fields kubectl's clientcmd honours (k8s.io/client-go tools/clientcmd/api/v1/types.go),
/// paths already resolved against the file's folder. Values are read as written; credentials in it are never logged.
/// </summary>
internal sealed record KubeconfigDocument(
    string Path,
    string? CurrentContext,
    IReadOnlyList<KubeNamed<KubeCluster>> Clusters,
    IReadOnlyList<KubeNamed<KubeUser>> Users,
    IReadOnlyList<KubeNamed<KubeContext>> Contexts);

/// <summary>A named entry and the file it came from (for messages).</summary>
internal sealed record KubeNamed<T>(string Name, T Value, string File);

/// <summary>clusters[].cluster.</summary>
internal sealed record KubeCluster(
    string? Server,
    string? CertificateAuthority,
    string? CertificateAuthorityData,
    bool InsecureSkipTlsVerify,
    string? TlsServerName,
    string? ProxyUrl);

/// <summary>users[].user. An entry with nothing set is an anonymous user, as kubectl sends no credentials.</summary>
internal sealed record KubeUser(
    string? Token,
    string? TokenFile,
    string? ClientCertificate,
    string? ClientCertificateData,
    string? ClientKey,
    string? ClientKeyData,
    string? Username,
    string? Password,
    string? Impersonate,
    IReadOnlyList<string> ImpersonateGroups,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ImpersonateExtra,
    string? AuthProvider,
    KubeExec? Exec);

/// <summary>users[].user.exec: a client-go credential plugin (k8s.io/client-go plugin/pkg/client/auth/exec).</summary>
internal sealed record KubeExec(
    string Command,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    string? ApiVersion,
    string? InstallHint,
    bool ProvideClusterInfo,
    string? InteractiveMode);

/// <summary>contexts[].context.</summary>
internal sealed record KubeContext(string? Cluster, string? User, string? Namespace);
