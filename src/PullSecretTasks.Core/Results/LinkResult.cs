namespace PullSecretTasks.Results;

/// <summary>The result of a link or unlink, per namespace, in the order asked for.</summary>
/// <param name="Links">One outcome per namespace that succeeded.</param>
/// <param name="Failures">Namespaces that failed.</param>
public sealed record LinkResult(IReadOnlyList<LinkOutcome> Links, IReadOnlyList<NamespaceFailure> Failures);
