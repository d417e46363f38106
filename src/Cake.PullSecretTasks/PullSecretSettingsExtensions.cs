using Cake.Core.IO;
using PullSecretTasks.Requests;
using static Cake.PullSecretTasks.PullSecretClusterSettingsExtensions;

namespace Cake.PullSecretTasks;

/// <summary>Fluent setters for <see cref="PullSecretSettings"/>.</summary>
public static class PullSecretSettingsExtensions
{
    /// <summary>Adds registries to <see cref="PullSecretSettings.Registries"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="registries">Registry hosts. Ex: <c>ghcr.io</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithRegistry(this PullSecretSettings settings, params string[] registries) =>
        Set(settings, s => Add(s.Registries, registries));

    /// <summary>Sets <see cref="PullSecretSettings.AllRegistries"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="all">Whether to take every usable registry.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithAllRegistries(this PullSecretSettings settings, bool all = true) =>
        Set(settings, s => s.AllRegistries = all);

    /// <summary>Sets <see cref="PullSecretSettings.ContainerRegistry"/>: the registry dotnet publish pushes to, whose credential may come from the .NET SDK's variables.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="registry">The registry host. Ex: <c>ghcr.io</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithContainerRegistry(this PullSecretSettings settings, string registry) =>
        Set(settings, s => s.ContainerRegistry = registry);

    /// <summary>Sets <see cref="PullSecretSettings.DockerConfig"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="dockerConfig">A config.json / auth.json file, or a folder holding config.json.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithDockerConfig(this PullSecretSettings settings, FilePath dockerConfig) =>
        Set(settings, s => s.DockerConfig = dockerConfig);

    /// <summary>Adds service accounts to <see cref="PullSecretSettings.LinkTo"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="serviceAccounts">Service accounts. Ex: <c>builder</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithLinkTo(this PullSecretSettings settings, params string[] serviceAccounts) =>
        Set(settings, s => Add(s.LinkTo, serviceAccounts));

    /// <summary>Sets <see cref="PullSecretSettings.For"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="linkFor">Which service-account lists a link touches.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithFor(this PullSecretSettings settings, LinkFor linkFor) =>
        Set(settings, s => s.For = linkFor);

    /// <summary>Sets <see cref="PullSecretSettings.Type"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="type">The secret type. Ex: <c>kubernetes.io/dockercfg</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithType(this PullSecretSettings settings, string type) =>
        Set(settings, s => s.Type = type);

    /// <summary>Sets <see cref="PullSecretSettings.Overwrite"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="overwrite">Whether to replace a secret PullSecretTasks did not create.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithOverwrite(this PullSecretSettings settings, bool overwrite = true) =>
        Set(settings, s => s.Overwrite = overwrite);

    /// <summary>Sets <see cref="PullSecretSettings.Verify"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="verify">Whether to check each credential against its registry first.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithVerify(this PullSecretSettings settings, bool verify = true) =>
        Set(settings, s => s.Verify = verify);

    /// <summary>Sets <see cref="PullSecretSettings.DelegatedAuth"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="delegatedAuth">Whether to add entries for token hosts on other hosts.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithDelegatedAuth(this PullSecretSettings settings, bool delegatedAuth = true) =>
        Set(settings, s => s.DelegatedAuth = delegatedAuth);

    /// <summary>Sets <see cref="PullSecretSettings.Image"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="image">The image reference. Ex: <c>ghcr.io/org/app:1.0</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithImage(this PullSecretSettings settings, string image) =>
        Set(settings, s => s.Image = image);

    /// <summary>Adds registries to <see cref="PullSecretSettings.InsecureRegistries"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="registries">Registry hosts. Ex: <c>registry.lan:5000</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretSettings WithInsecureRegistry(this PullSecretSettings settings, params string[] registries) =>
        Set(settings, s => Add(s.InsecureRegistries, registries));

    internal static void Add(IList<string> list, string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            list.Add(value);
        }
    }
}
