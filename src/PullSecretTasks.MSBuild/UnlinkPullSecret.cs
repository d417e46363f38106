namespace PullSecretTasks.MSBuild;

/// <summary>
/// Removes secrets from a service account's <c>secrets</c> and <c>imagePullSecrets</c> in each namespace, as
/// <c>oc secrets unlink</c>. Same parameters as <see cref="LinkPullSecret"/>; <c>For</c> is ignored.
/// </summary>
public sealed class UnlinkPullSecret : LinkPullSecret
{
    private protected override bool Unlink => true;
}
