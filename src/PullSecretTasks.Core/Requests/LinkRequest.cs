namespace PullSecretTasks.Requests;

/// <summary>Link existing secrets to a service account (oc secrets link), or unlink them.</summary>
public sealed record LinkRequest
{
    /// <summary>The service account.</summary>
    public required string ServiceAccount { get; init; }

    /// <summary>The secrets to link or unlink (<c>NAME</c>, or <c>secret/NAME</c> as oc takes them).</summary>
    public required IReadOnlyList<string> Secrets { get; init; }

    /// <summary>Namespaces; empty means the kubeconfig context's namespace, else <c>default</c>.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>Which lists to add to; <see cref="LinkFor.None"/> for the default, mount, as oc (the core's check sets it). Unlink removes from both.</summary>
    public LinkFor For { get; init; }

    /// <summary>Dry-run mode: client reads and reports, server sends writes with dryRun=All.</summary>
    public DryRunMode DryRun { get; init; }

    /// <summary>Kubeconfig path.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>Kubeconfig context.</summary>
    public string? Context { get; init; }

    /// <summary>Time budget, including waiting for the account to appear; null for the default.</summary>
    public TimeSpan? Timeout { get; init; }
}
