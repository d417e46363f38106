using Cake.Core;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks;

/// <summary>
/// Settings for <see cref="PullSecretAliases.LinkPullSecret(ICakeContext, string, string, PullSecretLinkSettings)"/>
/// and <see cref="PullSecretAliases.UnlinkPullSecret(ICakeContext, string, string, PullSecretLinkSettings)"/>.
/// </summary>
public sealed class PullSecretLinkSettings : PullSecretClusterSettings
{
    /// <summary>
    /// Which lists a link adds to; <see cref="LinkFor.None"/> (default) means mount, as <c>oc secrets link</c>.
    /// Unlink ignores it and removes the secret from both lists.
    /// </summary>
    public LinkFor For { get; set; }

    internal LinkRequest ToRequest(string serviceAccount, string secretName, ICakeEnvironment environment) => new()
    {
        ServiceAccount = serviceAccount,
        Secrets = [secretName],
        Namespaces = [.. Namespaces],
        For = For,
        DryRun = DryRun,
        Kubeconfig = KubeconfigPath(environment),
        Context = KubeContext,
        Timeout = Timeout,
    };
}
