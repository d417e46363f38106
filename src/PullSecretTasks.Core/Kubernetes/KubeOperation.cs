namespace PullSecretTasks.Kubernetes;

/// <summary>What a request was doing, for error messages and RBAC hints.</summary>
/// <param name="Verb">RBAC verb: get, create, update, delete.</param>
/// <param name="Resource">secrets or serviceaccounts.</param>
/// <param name="Namespace">The namespace.</param>
/// <param name="Name">The object name.</param>
internal sealed record KubeOperation(string Verb, string Resource, string Namespace, string Name)
{
    public string Describe => $"{Verb} {Resource}/{Name} in namespace {Namespace}";
}
