using PullSecretTasks.Secrets;

namespace PullSecretTasks.Results;

/// <summary>The outcome for one namespace.</summary>
/// <param name="Secret">The secret as written (or as it would be, in a dry run).</param>
/// <param name="Action">What happened.</param>
/// <param name="DryRun">Whether nothing was persisted.</param>
/// <param name="Links">What happened to each linked service account.</param>
public sealed record SecretOutcome(PullSecretManifest Secret, SecretAction Action, bool DryRun, IReadOnlyList<LinkOutcome> Links);
