namespace PullSecretTasks.Requests;

/// <summary>
/// Create (or update) a pull secret in one or more namespaces, optionally linking it. Empty settings take the
/// core's <see cref="Options.Defaults"/>; the core validates everything before it reads a credential.
/// </summary>
public sealed record CreateRequest
{
    /// <summary>The secret name (an RFC 1123 subdomain).</summary>
    public required string Name { get; init; }

    /// <summary>Target namespaces; empty means the kubeconfig context's namespace, else <c>default</c>.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>Registries to take from docker login output.</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];

    /// <summary>Take every usable registry instead of a list.</summary>
    public bool AllRegistries { get; init; }

    /// <summary>A config.json / auth.json path, or a folder holding config.json; null for the search order.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>
    /// The registry the .NET SDK pushes the image to (MSBuild's <c>$(ContainerRegistry)</c>); null for none. For it, the
    /// SDK's push credential variables (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, then DOTNET_CONTAINER_REGISTRY_*,
    /// then SDK_CONTAINER_REGISTRY_*) are its credential when set, before any login output, as the SDK uses them.
    /// </summary>
    public string? ContainerRegistry { get; init; }

    /// <summary>docker-registry style input: server and user named, password from stdin or a variable.</summary>
    public ExplicitCredential? DockerServer { get; init; }

    /// <summary>Secret type, in any spelling <see cref="Secrets.SecretTypes.Normalize"/> takes; null for the default.</summary>
    public string? Type { get; init; }

    /// <summary>Service accounts to link the secret to.</summary>
    public IReadOnlyList<string> LinkTo { get; init; } = [];

    /// <summary>Which lists a link touches; <see cref="LinkFor.None"/> for the default, pull and mount (the core's check sets it).</summary>
    public LinkFor For { get; init; }

    /// <summary>Take over a secret we did not create, or replace one of another type.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Dry-run mode.</summary>
    public DryRunMode DryRun { get; init; }

    /// <summary>Kubeconfig path; null for KUBECONFIG, ~/.kube/config, then in-cluster.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>Kubeconfig context; null for the current one.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// Check each credential against its registry (docker login's check: Basic at <c>/v2/</c>, or a token from the
    /// Bearer realm) before anything is written; a refusal fails the run with nothing written.
    /// </summary>
    public bool Verify { get; init; }

    /// <summary>Add an entry for each registry's token host when it is another host (registry.connect.redhat.com to sso.redhat.com).</summary>
    public bool DelegatedAuth { get; init; }

    /// <summary>With <see cref="Verify"/>, an image whose pull access to prove as well (registry/repository[:tag]); null for none.</summary>
    public string? Image { get; init; }

    /// <summary>Registries to reach without TLS verification, then over HTTP, besides loopback and DOTNET_CONTAINER_INSECURE_REGISTRIES.</summary>
    public IReadOnlyList<string> InsecureRegistries { get; init; } = [];

    /// <summary>Time budget for the run (waits and retries); null for the default.</summary>
    public TimeSpan? Timeout { get; init; }
}
