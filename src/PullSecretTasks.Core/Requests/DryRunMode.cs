namespace PullSecretTasks.Requests;

/// <summary>How far a run goes, as kubectl's <c>--dry-run</c>.</summary>
public enum DryRunMode
{
    /// <summary>Write to the cluster.</summary>
    None,

    /// <summary>
    /// Write nothing and send no write: <c>create</c> builds the secret locally with no cluster or kubeconfig needed;
    /// <c>link</c> and <c>unlink</c> read the account and say what they would change.
    /// </summary>
    Client,

    /// <summary>Send every write with dryRun=All: the server validates and admits it, nothing is persisted.</summary>
    Server,
}
