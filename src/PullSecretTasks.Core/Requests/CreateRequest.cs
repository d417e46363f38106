using PullSecretTasks.Secrets;

namespace PullSecretTasks.Requests;

/// <summary>How far a create goes.</summary>
public enum DryRunMode
{
    /// <summary>Write to the cluster.</summary>
    None,

    /// <summary>Build the secret locally; no cluster or kubeconfig needed.</summary>
    Client,

    /// <summary>Send every write with dryRun=All: the server validates, nothing is persisted.</summary>
    Server,
}

/// <summary>Which service-account lists a link touches (oc secrets link --for).</summary>
[Flags]
public enum LinkFor
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary><c>imagePullSecrets</c>: pods pull with it, and OpenShift 4.16+ builds.</summary>
    Pull = 1,

    /// <summary><c>secrets</c>: mountable, and older OpenShift builds.</summary>
    Mount = 2,
}

/// <summary>Create (or update) a pull secret in one or more namespaces, optionally linking it.</summary>
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

    /// <summary>docker-registry style input: server and user named, password from stdin or a variable.</summary>
    public ExplicitCredential? DockerServer { get; init; }

    /// <summary>Secret type; see <see cref="SecretTypes"/>.</summary>
    public string Type { get; init; } = SecretTypes.DockerConfigJson;

    /// <summary>Service accounts to link the secret to.</summary>
    public IReadOnlyList<string> LinkTo { get; init; } = [];

    /// <summary>Which lists a link touches; <see cref="LinkFor.None"/> means pull and mount.</summary>
    public LinkFor For { get; init; }

    /// <summary>Replace a secret we did not create.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Dry-run mode.</summary>
    public DryRunMode DryRun { get; init; }

    /// <summary>Kubeconfig path; null for KUBECONFIG, ~/.kube/config, then in-cluster.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>Kubeconfig context; null for the current one.</summary>
    public string? Context { get; init; }

    /// <summary>Overall time budget for cluster work (waits and retries).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>A credential typed by the user, like kubectl's --docker-server/--docker-username; never the password itself.</summary>
/// <param name="Server">Registry host.</param>
/// <param name="Username">User name.</param>
/// <param name="Password">Where to read the password.</param>
/// <param name="Email">Optional e-mail, written as kubectl writes it.</param>
public sealed record ExplicitCredential(string Server, string Username, PasswordSource Password, string? Email = null);

/// <summary>Where the password of an <see cref="ExplicitCredential"/> is read.</summary>
/// <param name="EnvironmentVariable">The variable's name, or null for standard input.</param>
public sealed record PasswordSource(string? EnvironmentVariable)
{
    /// <summary>Read the password from standard input (like docker login --password-stdin).</summary>
    public static PasswordSource StandardInput { get; } = new((string?)null);

    /// <summary>Read the password from the named environment variable.</summary>
    public static PasswordSource FromVariable(string name) => new(name);
}
