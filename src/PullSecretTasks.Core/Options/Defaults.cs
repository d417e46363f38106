using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Options;

/// <summary>Every default of the four verbs, in one place; front ends leave a setting empty to get these.</summary>
public static class Defaults
{
    /// <summary>The time budget of a run (retries, waits for a service account), as kubectl's 30 s request timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>How long one credential helper call may take, as the .NET SDK's docker credential provider allows.</summary>
    public static readonly TimeSpan HelperTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The secret type the kubelet and OpenShift builds read.</summary>
    public const string SecretType = SecretTypes.DockerConfigJson;

    /// <summary>
    /// What <c>create</c> links to: pull and mount, because OpenShift 4.16+ builds read only the builder's
    /// <c>imagePullSecrets</c> and older ones its <c>secrets</c> (openshift/openshift-controller-manager
    /// pkg/build/buildutil/util.go FetchServiceAccountSecrets).
    /// </summary>
    public const LinkFor CreateLinkFor = LinkFor.Pull | LinkFor.Mount;

    /// <summary>What <c>link</c> alone links to: mount, as <c>oc secrets link</c> (openshift/oc pkg/cli/secrets/link.go).</summary>
    public const LinkFor LinkFor = Requests.LinkFor.Mount;

    /// <summary>The namespace when neither the request nor the kubeconfig context names one, as kubectl.</summary>
    public const string Namespace = "default";

    /// <summary>Namespaces worked on at once: enough to hide latency, few enough not to trip API priority and fairness.</summary>
    internal const int Parallelism = 8;
}
