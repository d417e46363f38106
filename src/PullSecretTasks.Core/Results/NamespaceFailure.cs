namespace PullSecretTasks.Results;

/// <summary>A namespace whose work failed; the message says what was already done there.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Error">The coded error.</param>
public sealed record NamespaceFailure(string Namespace, PullSecretException Error);
