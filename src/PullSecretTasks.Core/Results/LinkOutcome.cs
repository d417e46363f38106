namespace PullSecretTasks.Results;

/// <summary>The outcome for one service account in one namespace.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="ServiceAccount">The account.</param>
/// <param name="Action">What happened.</param>
/// <param name="ImagePullSecrets">The names added to (or removed from) imagePullSecrets.</param>
/// <param name="Secrets">The names added to (or removed from) secrets.</param>
/// <param name="DryRun">Whether nothing was persisted.</param>
public sealed record LinkOutcome(
    string Namespace, string ServiceAccount, LinkAction Action,
    IReadOnlyList<string> ImagePullSecrets, IReadOnlyList<string> Secrets, bool DryRun);
