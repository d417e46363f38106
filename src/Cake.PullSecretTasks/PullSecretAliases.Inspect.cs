using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using PullSecretTasks;
using PullSecretTasks.Results;

namespace Cake.PullSecretTasks;

public static partial class PullSecretAliases
{
    /// <summary>Lists every registry found in docker, podman or skopeo login output; never a password or token.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>Per registry: where its credential lives, the user name, and whether a secret can be built from it.</returns>
    /// <example><code><![CDATA[
    /// foreach (var r in ReadDockerLogin())
    ///     Information("{0}: {1} ({2})", r.Registry, r.Source, r.Usable ? "usable" : r.Problem);
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Inspect")]
    public static IReadOnlyList<RegistryReport> ReadDockerLogin(this ICakeContext context) =>
        context.ReadDockerLogin(new DockerLoginSettings());

    /// <summary>Reports the registries named in <paramref name="settings"/> (or every one found); never a password or token.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>Per registry: where its credential lives, the user name, and whether a secret can be built from it.</returns>
    /// <example><code><![CDATA[
    /// var ghcr = ReadDockerLogin(new DockerLoginSettings { Registries = { "ghcr.io" } }).Single();
    /// if (!ghcr.Usable) throw new Exception($"{ghcr.ErrorCode}: {ghcr.Problem}");
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Inspect")]
    public static IReadOnlyList<RegistryReport> ReadDockerLogin(this ICakeContext context, DockerLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AliasRunner.Run(context, "inspect", (runner, ct) =>
        {
            var reports = PullSecretRunner.Inspect(settings.ToRequest(context.Environment), runner, ct);
            foreach (var r in reports)
            {
                context.Log.Verbose("{0}: {1}{2}", r.Registry, r.Source, r.Usable ? "" : $" ({r.ErrorCode}: {r.Problem})");
            }
            return Task.FromResult(reports);
        });
    }

    /// <summary>Reports registries found in login output, configuring the settings with <paramref name="configure"/>.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets up the settings.</param>
    /// <returns>Per registry: where its credential lives, the user name, and whether it is usable.</returns>
    /// <example><code><![CDATA[
    /// var found = ReadDockerLogin(s => s.WithDockerConfig("./.docker/config.json").WithRegistry("ghcr.io"));
    /// ]]></code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Inspect")]
    public static IReadOnlyList<RegistryReport> ReadDockerLogin(this ICakeContext context, Action<DockerLoginSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new DockerLoginSettings();
        configure(settings);
        return context.ReadDockerLogin(settings);
    }
}
