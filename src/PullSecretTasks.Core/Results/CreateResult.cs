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
/// <param name="Links">What happened to each linked service account.</param>
public sealed record SecretOutcome(PullSecretManifest Secret, SecretAction Action, bool DryRun, IReadOnlyList<LinkOutcome> Links);

/// <summary>A namespace whose work failed; the message says what was already done there.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Error">The coded error.</param>
public sealed record NamespaceFailure(string Namespace, PullSecretException Error);

/// <summary>The result of a create, in the order of the namespaces asked for.</summary>
/// <param name="Secrets">One outcome per namespace that succeeded.</param>
/// <param name="Registries">The registry keys written into the secret.</param>
/// <param name="Failures">Namespaces that failed.</param>
public sealed record CreateResult(IReadOnlyList<SecretOutcome> Secrets, IReadOnlyList<string> Registries, IReadOnlyList<NamespaceFailure> Failures)
{
    /// <summary>Throws the first failure (front ends that stop at the first error).</summary>
    public void ThrowIfFailed()
    {
        if (Failures.Count > 0)
        {
            throw Failures[0].Error;
        }
    }
}

/// <summary>The result of a link or unlink, per namespace.</summary>
/// <param name="Links">One outcome per namespace that succeeded.</param>
/// <param name="Failures">Namespaces that failed.</param>
public sealed record LinkResult(IReadOnlyList<LinkOutcome> Links, IReadOnlyList<NamespaceFailure> Failures);
