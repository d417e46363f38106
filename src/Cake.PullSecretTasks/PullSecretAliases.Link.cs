using Cake.Core;
using Cake.Core.Annotations;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace Cake.PullSecretTasks;

public static partial class PullSecretAliases
{
    /// <summary>
    /// Links an existing secret to a service account, as <c>oc secrets link</c>: by default to its <c>secrets</c>
    /// (mount) list; <see cref="PullSecretLinkSettings.For"/> chooses <c>imagePullSecrets</c> (pull), or both.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="serviceAccount">The service account. Ex: <c>builder</c></param>
    /// <param name="secretName">The secret. Ex: <c>ghcr-pull</c></param>
    /// <param name="settings">The settings.</param>
    /// <returns>What changed on the account (linked or unchanged).</returns>
    /// <example><code><![CDATA[
    /// LinkPullSecret("default", "ghcr-pull", new PullSecretLinkSettings { Namespaces = { "apps" }, For = LinkFor.Pull });
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Link")]
    public static LinkResult LinkPullSecret(this ICakeContext context, string serviceAccount, string secretName, PullSecretLinkSettings settings) =>
        Link(context, serviceAccount, secretName, settings, unlink: false);

    /// <summary>Links an existing secret to a service account, configuring the settings with <paramref name="configure"/>.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="serviceAccount">The service account. Ex: <c>builder</c></param>
    /// <param name="secretName">The secret. Ex: <c>ghcr-pull</c></param>
    /// <param name="configure">Sets up the settings.</param>
    /// <returns>What changed on the account.</returns>
    /// <example><code><![CDATA[
    /// LinkPullSecret("default", "ghcr-pull", s => s.WithNamespace("apps").WithFor(LinkFor.Pull | LinkFor.Mount));
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Link")]
    public static LinkResult LinkPullSecret(this ICakeContext context, string serviceAccount, string secretName, Action<PullSecretLinkSettings> configure) =>
        context.LinkPullSecret(serviceAccount, secretName, Configure(configure));

    /// <summary>Removes a secret from both lists of a service account (<c>oc secrets unlink</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="serviceAccount">The service account. Ex: <c>builder</c></param>
    /// <param name="secretName">The secret. Ex: <c>ghcr-pull</c></param>
    /// <param name="settings">The settings; <see cref="PullSecretLinkSettings.For"/> is ignored.</param>
    /// <returns>What changed on the account (unlinked or unchanged).</returns>
    /// <example><code><![CDATA[
    /// UnlinkPullSecret("default", "ghcr-pull", new PullSecretLinkSettings { Namespaces = { "apps" } });
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Link")]
    public static LinkResult UnlinkPullSecret(this ICakeContext context, string serviceAccount, string secretName, PullSecretLinkSettings settings) =>
        Link(context, serviceAccount, secretName, settings, unlink: true);

    /// <summary>Removes a secret from a service account, configuring the settings with <paramref name="configure"/>.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="serviceAccount">The service account. Ex: <c>builder</c></param>
    /// <param name="secretName">The secret. Ex: <c>ghcr-pull</c></param>
    /// <param name="configure">Sets up the settings.</param>
    /// <returns>What changed on the account.</returns>
    /// <example><code><![CDATA[
    /// UnlinkPullSecret("default", "ghcr-pull", s => s.WithNamespace("apps"));
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Link")]
    public static LinkResult UnlinkPullSecret(this ICakeContext context, string serviceAccount, string secretName, Action<PullSecretLinkSettings> configure) =>
        context.UnlinkPullSecret(serviceAccount, secretName, Configure(configure));

    private static LinkResult Link(ICakeContext context, string serviceAccount, string secretName, PullSecretLinkSettings settings, bool unlink)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AliasRunner.Run(context, unlink ? "unlink" : "link", async (runner, ct) =>
        {
            var request = settings.ToRequest(serviceAccount, secretName, context.Environment);
            var result = unlink
                ? await PullSecretRunner.UnlinkAsync(request, runner, ct).ConfigureAwait(false)
                : await PullSecretRunner.LinkAsync(request, runner, ct).ConfigureAwait(false);
            foreach (var link in result.Links)
            {
                AliasRunner.LogLink(context.Log, link, request.DryRun);
            }
            AliasRunner.ThrowIfFailed(context.Log, result.Failures);
            return result;
        });
    }

    private static PullSecretLinkSettings Configure(Action<PullSecretLinkSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new PullSecretLinkSettings();
        configure(settings);
        return settings;
    }
}
