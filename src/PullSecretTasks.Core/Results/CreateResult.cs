namespace PullSecretTasks.Results;

/// <summary>The result of a create, in the order of the namespaces asked for.</summary>
/// <param name="Secrets">One outcome per namespace that succeeded.</param>
/// <param name="Registries">The registry keys written into the secret.</param>
/// <param name="Failures">Namespaces that failed.</param>
public sealed record CreateResult(IReadOnlyList<SecretOutcome> Secrets, IReadOnlyList<string> Registries, IReadOnlyList<NamespaceFailure> Failures);
