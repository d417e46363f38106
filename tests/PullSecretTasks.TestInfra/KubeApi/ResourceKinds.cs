namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>A core/v1 resource the fake serves.</summary>
internal sealed record ResourceKind(string Resource, string Singular, string Kind, bool Namespaced, string[] KnownFields, string[] ShortNames);

internal static class ResourceKinds
{
    public static readonly ResourceKind Secrets = new(
        "secrets", "secret", "Secret", true, ["kind", "apiVersion", "metadata", "data", "stringData", "type", "immutable"], []);

    public static readonly ResourceKind ServiceAccounts = new(
        "serviceaccounts", "serviceaccount", "ServiceAccount", true,
        ["kind", "apiVersion", "metadata", "secrets", "imagePullSecrets", "automountServiceAccountToken"], ["sa"]);

    public static readonly ResourceKind Namespaces = new(
        "namespaces", "namespace", "Namespace", false, ["kind", "apiVersion", "metadata", "spec", "status"], ["ns"]);

    public static readonly ResourceKind[] All = [Namespaces, Secrets, ServiceAccounts];

    public static ResourceKind? Find(string resource) => Array.Find(All, k => k.Resource == resource);

    // k8s.io/apimachinery/pkg/apis/meta/v1/types.go ObjectMeta (json names).
    public static readonly string[] MetadataFields =
    [
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields",
    ];

    // core/v1 ObjectReference, the item type of ServiceAccount.secrets.
    public static readonly string[] ObjectReferenceFields = ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"];
}
