using PullSecretTasks.Secrets;

namespace PullSecretTasks.Results;

/// <summary>What happened to a secret in one namespace.</summary>
public enum SecretAction
{
    /// <summary>It did not exist and was created.</summary>
    Created,

    /// <summary>It was ours and different, and was updated in place (credential rotation).</summary>
    Configured,

    /// <summary>It was ours and equal; nothing was written.</summary>
    Unchanged,

    /// <summary>It had another type or was immutable, and was deleted and recreated (--overwrite).</summary>
    Replaced,
}

/// <summary>The outcome for one namespace.</summary>
/// <param name="Secret">The secret as written (or as it would be, in a dry run).</param>
/// <param name="Action">What happened.</param>
/// <param name="DryRun">Whether nothing was persisted.</param>
public sealed record SecretOutcome(PullSecretManifest Secret, SecretAction Action, bool DryRun);

/// <summary>The result of a create, in the order of the namespaces asked for.</summary>
/// <param name="Secrets">One outcome per namespace.</param>
/// <param name="Registries">The registry keys written into the secret.</param>
public sealed record CreateResult(IReadOnlyList<SecretOutcome> Secrets, IReadOnlyList<string> Registries);
