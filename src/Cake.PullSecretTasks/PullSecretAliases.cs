using Cake.Core;
using Cake.Core.Annotations;
using PullSecretTasks;
using PullSecretTasks.Results;

namespace Cake.PullSecretTasks;

/// <summary>
/// Creates Kubernetes/OpenShift image pull secrets from docker, podman or skopeo login output and links them to
/// service accounts. Credentials are read from the auth files and helpers; they are never settings, arguments or log lines.
/// </summary>
[CakeAliasCategory("PullSecret")]
[CakeNamespaceImport("Cake.PullSecretTasks")]
[CakeNamespaceImport("PullSecretTasks")]
[CakeNamespaceImport("PullSecretTasks.Requests")]
[CakeNamespaceImport("PullSecretTasks.Results")]
[CakeNamespaceImport("PullSecretTasks.Options")]
[CakeNamespaceImport("PullSecretTasks.Secrets")]
public static partial class PullSecretAliases
{
    /// <summary>
    /// Creates or updates a pull secret named <paramref name="name"/> from docker login output, and links it to
    /// <see cref="PullSecretSettings.LinkTo"/>. On failure throws a <see cref="CakeException"/> whose message starts with
    /// the PSEC code and whose inner exception is the <see cref="PullSecretException"/>.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="name">The secret name. Ex: <c>ghcr-pull</c></param>
    /// <param name="settings">The settings.</param>
    /// <returns>Per namespace: the secret (created, configured, unchanged or replaced) and what was linked.</returns>
    /// <example><code><![CDATA[
    /// var result = CreatePullSecret("ghcr-pull", new PullSecretSettings { Namespaces = { "apps" }, Registries = { "ghcr.io" } });
    /// Information("secret {0}", result.Secrets[0].Action);
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Create")]
    public static CreateResult CreatePullSecret(this ICakeContext context, string name, PullSecretSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AliasRunner.Run(context, "create", async (runner, ct) =>
        {
            var request = settings.ToRequest(name, context.Environment);
            var result = await PullSecretRunner.CreateAsync(request, runner, ct).ConfigureAwait(false);
            foreach (var outcome in result.Secrets)
            {
                AliasRunner.LogSecret(context.Log, outcome, result.Registries, request.DryRun);
            }
            AliasRunner.ThrowIfFailed(context.Log, result.Failures);
            return result;
        });
    }

    /// <summary>Creates or updates a pull secret, configuring the settings with <paramref name="configure"/>.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="name">The secret name. Ex: <c>ghcr-pull</c></param>
    /// <param name="configure">Sets up the settings.</param>
    /// <returns>Per namespace: the secret and what was linked.</returns>
    /// <example><code><![CDATA[
    /// CreatePullSecret("ghcr-pull", s => s
    ///     .WithNamespace("apps")
    ///     .WithRegistry("ghcr.io")
    ///     .WithLinkTo("builder", "default"));
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Create")]
    public static CreateResult CreatePullSecret(this ICakeContext context, string name, Action<PullSecretSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new PullSecretSettings();
        configure(settings);
        return context.CreatePullSecret(name, settings);
    }
}
